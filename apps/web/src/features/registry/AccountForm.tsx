// The fields of an account (REG-2), shared by the create page, the edit form and the change filing.
import { Checkbox, DatePicker, Form, Input, Radio } from 'antd';
import { serviceOptions } from '../../shared/labels.ts';

interface Props {
  /** Creation needs a name; a change filing leaves every field optional. */
  required: boolean;
  /** Nests the fields under this form name, e.g. `changes` in a change filing. */
  prefix?: string;
}

export function AccountFields({ required, prefix }: Props) {
  const n = (field: string) => (prefix ? [prefix, field] : field);
  return (
    <>
      <Form.Item
        name={n('name')}
        label="账号名称"
        rules={required ? [{ required: true, message: '请输入账号名称' }] : []}
      >
        <Input maxLength={100} data-testid="account-name" />
      </Form.Item>
      <Form.Item name={n('handle')} label="账号ID" extra="平台账号 ID 或微信号">
        <Input maxLength={200} data-testid="account-handle" />
      </Form.Item>
      <Form.Item name={n('url')} label="主页链接">
        <Input maxLength={500} placeholder="https://" data-testid="account-url" />
      </Form.Item>
      <Form.Item
        name={n('certification')}
        label="认证信息"
        extra="平台公开的认证信息，应标明主办单位"
      >
        <Input maxLength={500} data-testid="account-certification" />
      </Form.Item>
      <Form.Item
        name={n('operatorKind')}
        label="运维方式"
        initialValue={required ? 'in_house' : undefined}
      >
        <Radio.Group
          options={[
            { value: 'in_house', label: '自行运维' },
            { value: 'contracted', label: '委托服务商运维' },
          ]}
        />
      </Form.Item>
      <Form.Item noStyle dependencies={[n('operatorKind')]}>
        {({ getFieldValue }) =>
          getFieldValue(n('operatorKind')) === 'contracted' && (
            <>
              <Form.Item
                name={n('operatorName')}
                label="服务商名称"
                rules={[{ required: true, message: '请输入服务商名称' }]}
              >
                <Input maxLength={200} />
              </Form.Item>
              <Form.Item name={n('operatorContractEnd')} label="运维合同到期日">
                <DatePicker />
              </Form.Item>
            </>
          )
        }
      </Form.Item>
      <Form.Item
        name={n('services')}
        label="服务类型"
        extra="提供互联网新闻信息服务或网络视听节目时须填写资质许可"
      >
        <Checkbox.Group options={serviceOptions} />
      </Form.Item>
      <Form.Item name={n('licence')} label="资质许可">
        <Input maxLength={200} placeholder="许可证编号" />
      </Form.Item>
    </>
  );
}

/** Fields set while an account is pending: its opening date and why a unit needs a second account. */
export function PendingFields() {
  return (
    <>
      <Form.Item name="openedOn" label="开设日期">
        <DatePicker />
      </Form.Item>
      <Form.Item
        name="duplicateReason"
        label="同平台多账号理由"
        extra="本单位在该平台已有账号时须说明理由，并经主管单位审核"
      >
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    </>
  );
}
