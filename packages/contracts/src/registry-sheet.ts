// The import/export sheet template: one row per account, Chinese headers, English keys accepted too.

export interface SheetColumn {
  key: string;
  header: string;
  /** The header must be present (its cells may still be blank where the row allows). */
  required: boolean;
  help: string;
}

export const SHEET_COLUMNS: readonly SheetColumn[] = [
  { key: 'unit', header: '主办单位', required: true, help: '主办单位全称，按“谁开设、谁主办”' },
  {
    key: 'unit_level',
    header: '单位层级',
    required: true,
    help: '国家级 / 省级 / 市级 / 县级 / 乡镇级（national … township）',
  },
  {
    key: 'unit_kind',
    header: '单位类型',
    required: true,
    help: '行政机关 / 事业单位 / 内设机构（organ / institution / internal）',
  },
  {
    key: 'parent_unit',
    header: '主管单位',
    required: true,
    help: '上级主管单位全称；须已登记或在本表中出现；顶级单位留空',
  },
  {
    key: 'platform',
    header: '平台',
    required: true,
    help: '微信公众号、微博、抖音 …（wechat, weibo, douyin …）；只登记单位时留空',
  },
  { key: 'account_name', header: '账号名称', required: true, help: '平台上显示的名称' },
  { key: 'handle', header: '账号ID', required: false, help: '平台账号 ID 或微信号' },
  { key: 'url', header: '账号链接', required: false, help: '主页地址' },
  {
    key: 'certification',
    header: '认证信息',
    required: false,
    help: '平台公开认证信息，应标明主办单位',
  },
  {
    key: 'operator',
    header: '运维单位',
    required: false,
    help: '自行运维留空或填“自行运维”；委托运维填服务商名称',
  },
  { key: 'operator_contract_end', header: '运维合同到期日', required: false, help: 'YYYY-MM-DD' },
  {
    key: 'licence',
    header: '资质许可',
    required: false,
    help: '互联网新闻信息服务许可证或网络视听许可证编号',
  },
  {
    key: 'services',
    header: '服务类型',
    required: false,
    help: '新闻、视听（从事互联网新闻信息服务或传播网络视听节目时填写）',
  },
  { key: 'opened_on', header: '开设日期', required: false, help: 'YYYY-MM-DD' },
];

/** One row error of a rejected import sheet (the `errors` of its 422 problem+json). */
export interface SheetRowError {
  row: number;
  column?: string;
  reason: string;
  message: string;
}
