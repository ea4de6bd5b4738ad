// Import of existing accounts from CSV/XLSX (all or nothing, every row error shown) and export.
import { Alert, App, Button, Card, Space, Table, Typography, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { ApiError, rowErrorsOf, type RowError } from '../../api/problem.ts';
import { exportUrl, importSheet } from '../../api/registry.ts';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { SHEET_COLUMNS as TEMPLATE_COLUMNS } from '@govmedia/contracts';

/** The Chinese header of a column key, as the user sees it in the sheet. */
const columnHeader = (key?: string) =>
  key ? (TEMPLATE_COLUMNS.find((c) => c.key === key)?.header ?? key) : '—';

export default function ImportPage() {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [rowErrors, setRowErrors] = useState<RowError[]>([]);

  const upload = async (file: File) => {
    setBusy(true);
    setError(undefined);
    setRowErrors([]);
    try {
      const summary = await importSheet(file);
      message.success(
        `导入成功：新增单位 ${summary.unitsCreated} 个，账号 ${summary.accountsCreated} 个`,
      );
    } catch (e) {
      const apiError = e instanceof ApiError ? e : new ApiError(0, 'unknown', String(e));
      setError(apiError);
      setRowErrors(rowErrorsOf(apiError));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card title="导入存量账号">
        <Typography.Paragraph>
          上传 CSV 或 XLSX
          文件，每行一个账号。整表校验通过才会写入；有任何错误时不写入任何数据，并列出全部错误。
          表头见下方<a href="#template">模板列说明</a>，中文表头或英文键名均可。
        </Typography.Paragraph>
        <Upload
          accept=".csv,.xlsx"
          showUploadList={false}
          beforeUpload={(file) => (upload(file), false)}
        >
          <Button
            type="primary"
            icon={<UploadOutlined />}
            loading={busy}
            data-testid="import-upload"
          >
            选择文件并导入
          </Button>
        </Upload>
        <div style={{ marginTop: 16 }}>
          <ErrorAlert error={error} />
        </div>
        {rowErrors.length > 0 && (
          <Table<RowError>
            size="small"
            rowKey={(r, i) => `${r.row}-${r.column}-${i}`}
            dataSource={rowErrors}
            pagination={false}
            data-testid="import-errors"
            columns={[
              { title: '行', dataIndex: 'row', width: 80 },
              { title: '列', dataIndex: 'column', width: 160, render: columnHeader },
              { title: '问题', dataIndex: 'message' },
            ]}
          />
        )}
      </Card>
      <Card title="导出登记数据">
        <Space>
          <Button icon={<DownloadOutlined />} href={exportUrl('xlsx')}>
            导出 XLSX
          </Button>
          <Button icon={<DownloadOutlined />} href={exportUrl('csv')}>
            导出 CSV
          </Button>
        </Space>
        <Alert
          style={{ marginTop: 16 }}
          type="info"
          showIcon
          title="导出文件的表头与导入模板一致，可作为导入模板使用。"
        />
      </Card>
      <Card title="模板列说明" id="template">
        <Table
          size="small"
          rowKey="key"
          pagination={false}
          dataSource={TEMPLATE_COLUMNS}
          columns={[
            { title: '表头', dataIndex: 'header', width: 160 },
            {
              title: '英文键名',
              dataIndex: 'key',
              width: 200,
              render: (k: string) => <Typography.Text code>{k}</Typography.Text>,
            },
            { title: '说明', dataIndex: 'help' },
          ]}
        />
      </Card>
    </Space>
  );
}
