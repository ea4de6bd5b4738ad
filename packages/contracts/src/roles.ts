// The roles of SEC-1 with their Chinese labels, shared by the server and the console.

export const ROLES = [
  'system_admin',
  'supervisor',
  'unit_admin',
  'editor',
  'reviewer',
  'legal_reviewer',
  'operator',
  'duty_officer',
  'auditor',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  system_admin: '系统管理员',
  supervisor: '主管单位审核人',
  unit_admin: '单位管理员',
  editor: '编辑',
  reviewer: '审核人',
  legal_reviewer: '法制审核人',
  operator: '运维服务商',
  duty_officer: '值班人员',
  auditor: '审计员',
};
