// Chinese names of audit actions and entities; unknown codes are shown as they are.
import { FILING_KIND_LABELS, type FilingKind } from '@govmedia/contracts';

const ACTIONS: Record<string, string> = {
  'user.bootstrap': '初始化管理员',
  'auth.login': '登录',
  'auth.login_pending_totp': '登录（待绑定动态验证码）',
  'auth.login_failed': '登录失败',
  'auth.locked': '账号锁定',
  'auth.totp_enrolled': '绑定动态验证码',
  'user.create': '新建用户',
  'user.set_roles': '设置角色',
  'user.disable': '停用用户',
  'user.enable': '启用用户',
  'unit.create': '登记单位',
  'unit.update': '修改单位',
  'account.create': '新建账号',
  'account.update': '修改账号',
  'filing.approve': '备案审核通过',
  'filing.reject': '备案审核退回',
  'registry.import': '导入登记数据',
  'settings.update': '修改登记规则设置',
};

export const ENTITY_LABELS: Record<string, string> = {
  user: '用户',
  unit: '单位',
  account: '账号',
  filing: '备案',
  registry: '登记库',
  settings: '设置',
};

export function actionName(action: string): string {
  const submitted = /^filing\.submit\.(\w+)$/.exec(action)?.[1];
  if (submitted && submitted in FILING_KIND_LABELS)
    return `提交${FILING_KIND_LABELS[submitted as FilingKind]}`;
  return ACTIONS[action] ?? action;
}
