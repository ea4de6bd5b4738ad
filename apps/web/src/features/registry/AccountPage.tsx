// One account: its registered fields, open findings and full filing history, with the edit and filing forms.
import { Button, Card, Col, Descriptions, Row, Space, Typography } from 'antd';
import { EditOutlined, FileAddOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { getAccount, listUnits } from '../../api/registry.ts';
import type { Account } from '../../api/types.ts';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { formatDay } from '../../shared/format.ts';
import { platformName, serviceOptions } from '../../shared/labels.ts';
import { StatusTag } from '../../shared/StatusTag.tsx';
import { useApi } from '../../shared/use-api.ts';
import { FilingForm } from './FilingForm.tsx';
import { AccountEditForm } from './AccountEditForm.tsx';
import { canEditDirectly, FILINGS_BY_STATUS } from './filing-rules.ts';
import { FilingTimeline } from './FilingTimeline.tsx';
import { FindingList } from './FindingList.tsx';

const serviceNames = (a: Account) =>
  a.services.map((s) => serviceOptions.find((o) => o.value === s)?.label ?? s).join('、') || '—';

export default function AccountPage() {
  const { id = '' } = useParams();
  const detail = useApi(() => getAccount(id), [id]);
  const units = useApi(listUnits, []);
  const [filing, setFiling] = useState(false);
  const [editing, setEditing] = useState(false);
  const { account, unit, filings, findings } = detail.data ?? {};
  const hasOpenFiling = filings?.some((f) => f.status === 'submitted') ?? false;

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <ErrorAlert error={detail.error} />
      <Card
        loading={detail.loading && !detail.data}
        title={
          account && (
            <Space>
              <Typography.Text strong data-testid="account-title">
                {account.name}
              </Typography.Text>
              <StatusTag status={account.status} />
            </Space>
          )
        }
        extra={
          account && (
            <Space>
              {canEditDirectly(account.status) && (
                <Button
                  icon={<EditOutlined />}
                  onClick={() => setEditing(true)}
                  data-testid="account-edit"
                >
                  编辑
                </Button>
              )}
              {FILINGS_BY_STATUS[account.status].length > 0 && (
                <Button
                  type="primary"
                  icon={<FileAddOutlined />}
                  disabled={hasOpenFiling}
                  title={hasOpenFiling ? '已有待审核的备案' : undefined}
                  onClick={() => setFiling(true)}
                  data-testid="filing-open"
                >
                  {account.status === 'pending' ? '提交开设备案' : '提交备案'}
                </Button>
              )}
            </Space>
          )
        }
      >
        {account && unit && (
          <Descriptions
            column={2}
            items={[
              { label: '平台', children: platformName(account.platform) },
              { label: '主办单位', children: unit.name },
              { label: '账号ID', children: account.handle ?? '—' },
              { label: '主页链接', children: account.url ?? '—' },
              { label: '认证信息', children: account.certification ?? '—' },
              {
                label: '运维',
                children:
                  account.operatorKind === 'contracted'
                    ? `${account.operatorName ?? '服务商'}（合同至 ${formatDay(account.operatorContractEnd)}）`
                    : '自行运维',
              },
              { label: '服务类型', children: serviceNames(account) },
              { label: '资质许可', children: account.licence ?? '—' },
              { label: '开设日期', children: formatDay(account.openedOn) },
              { label: '同平台多账号理由', children: account.duplicateReason ?? '—' },
            ]}
          />
        )}
      </Card>
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Card title="备案历史">
            {filings && <FilingTimeline filings={filings} units={units.data ?? []} />}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title="规则检查">{findings && <FindingList findings={findings} showRule />}</Card>
        </Col>
      </Row>
      {account && (
        <AccountEditForm
          account={account}
          open={editing}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            detail.reload();
          }}
        />
      )}
      {account && (
        <FilingForm
          account={account}
          units={units.data ?? []}
          open={filing}
          onClose={() => setFiling(false)}
          onFiled={() => {
            setFiling(false);
            detail.reload();
          }}
        />
      )}
    </Space>
  );
}
