// Registry vocabularies and request schemas shared by the server and the console (REG-1 … REG-5).
import { z } from 'zod';

/** Platform keys with their Chinese names; the first name is the display label. */
export const PLATFORMS = {
  wechat: ['微信公众号', '微信', '公众号', '微信服务号', '微信订阅号'],
  'wechat-channels': ['微信视频号', '视频号'],
  weibo: ['微博', '新浪微博'],
  douyin: ['抖音'],
  kuaishou: ['快手'],
  toutiao: ['今日头条', '头条号', '头条'],
  bilibili: ['哔哩哔哩', 'B站', 'b站'],
  xiaohongshu: ['小红书'],
  app: ['移动客户端', '客户端', 'APP', 'App', '政务APP'],
  miniprogram: ['小程序', '微信小程序'],
  other: ['其他', '其它'],
} as const satisfies Record<string, readonly string[]>;
export type Platform = keyof typeof PLATFORMS;
export const PLATFORM_KEYS = Object.keys(PLATFORMS) as [Platform, ...Platform[]];

export const LEVELS = {
  national: ['国家级', '国家', '中央'],
  provincial: ['省级', '省'],
  city: ['市级', '地市级', '市'],
  county: ['县级', '区县级', '县'],
  township: ['乡镇级', '乡镇', '街道'],
} as const satisfies Record<string, readonly string[]>;
export type Level = keyof typeof LEVELS;
export const LEVEL_KEYS = Object.keys(LEVELS) as [Level, ...Level[]];

export const KINDS = {
  organ: ['行政机关', '机关'],
  institution: ['事业单位', '承担行政职能的事业单位'],
  internal: ['内设机构'],
} as const satisfies Record<string, readonly string[]>;
export type Kind = keyof typeof KINDS;
export const KIND_KEYS = Object.keys(KINDS) as [Kind, ...Kind[]];

export const SERVICES = {
  news: ['互联网新闻信息服务', '新闻'],
  audiovisual: ['网络视听', '视听'],
} as const;
export type Service = keyof typeof SERVICES;
export const SERVICE_KEYS = Object.keys(SERVICES) as [Service, ...Service[]];

export const ACCOUNT_STATUSES = ['pending', 'active', 'suspended', 'cancelled'] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];
export const ACCOUNT_STATUS_LABELS: Record<AccountStatus, string> = {
  pending: '待备案',
  active: '已备案',
  suspended: '已关停',
  cancelled: '已注销',
};

export const FILING_KINDS = ['opening', 'change', 'suspension', 'cancellation'] as const;
export type FilingKind = (typeof FILING_KINDS)[number];
export const FILING_KIND_LABELS: Record<FilingKind, string> = {
  opening: '开设备案',
  change: '变更备案',
  suspension: '关停备案',
  cancellation: '注销备案',
};
export const FILING_STATUSES = ['submitted', 'approved', 'rejected'] as const;
export type FilingStatus = (typeof FILING_STATUSES)[number];
export const FILING_STATUS_LABELS: Record<FilingStatus, string> = {
  submitted: '待审核',
  approved: '已通过',
  rejected: '已退回',
};

export const FINDING_RULE_LABELS: Record<string, string> = {
  'one-account-per-platform': '同一平台多个账号',
  'name-consistency': '跨平台名称不一致',
  'certification-host': '认证信息未标明主办单位',
  'name-duty': '名称与职责不相关',
  'licence-required': '缺少资质许可',
  coverage: '应开未开',
  'platform-gap': '主要平台缺位',
  'filing-overdue': '备案超期',
};

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');
const optionalText = z.string().trim().max(500).nullable().optional();

export const unitInputSchema = z.object({
  name: z.string().trim().min(2).max(100),
  shortName: optionalText,
  level: z.enum(LEVEL_KEYS),
  kind: z.enum(KIND_KEYS),
  parentId: z.string().uuid().nullable(),
  duties: z.string().trim().max(2000).nullable().optional(),
});
export type UnitInput = z.infer<typeof unitInputSchema>;

export const accountFieldsSchema = z.object({
  name: z.string().trim().min(1).max(100),
  handle: optionalText,
  url: optionalText,
  certification: optionalText,
  operatorKind: z.enum(['in_house', 'contracted']).default('in_house'),
  operatorName: optionalText,
  operatorContractEnd: day.nullable().optional(),
  licence: optionalText,
  services: z.array(z.enum(SERVICE_KEYS)).default([]),
  duplicateReason: optionalText,
});

export const accountInputSchema = accountFieldsSchema.extend({
  unitId: z.string().uuid(),
  platform: z.enum(PLATFORM_KEYS),
  openedOn: day.nullable().optional(),
});
export type AccountInput = z.infer<typeof accountInputSchema>;

/**
 * Direct edits of a pending account: any of its fields but the unit and platform. Without defaults, so a
 * field left out of the request keeps its value.
 */
export const accountPatchSchema = accountFieldsSchema
  .extend({
    operatorKind: z.enum(['in_house', 'contracted']),
    services: z.array(z.enum(SERVICE_KEYS)),
    openedOn: day.nullable(),
  })
  .partial();
export type AccountPatch = z.infer<typeof accountPatchSchema>;

/**
 * Fields a change filing may alter; `unitId` is a change of host unit, `resume` lifts a suspension.
 * Written out without defaults: a change names only what changes, so absent fields must stay absent.
 */
export const filingChangesSchema = z.object({
  name: z.string().trim().min(1).max(100).optional(),
  handle: optionalText,
  url: optionalText,
  certification: optionalText,
  operatorKind: z.enum(['in_house', 'contracted']).optional(),
  operatorName: optionalText,
  operatorContractEnd: day.nullable().optional(),
  licence: optionalText,
  services: z.array(z.enum(SERVICE_KEYS)).optional(),
  duplicateReason: optionalText,
  unitId: z.string().uuid().optional(),
  resume: z.boolean().optional(),
});
export type FilingChanges = z.infer<typeof filingChangesSchema>;

export const filingInputSchema = z.object({
  kind: z.enum(FILING_KINDS),
  reason: z.string().trim().max(1000).optional(),
  effectiveDate: day.optional(),
  changes: filingChangesSchema.default({}),
});
export type FilingInput = z.infer<typeof filingInputSchema>;

export const filingDecisionSchema = z.object({
  decision: z.enum(['approve', 'reject']),
  note: z.string().trim().max(1000).optional(),
});
export type FilingDecision = z.infer<typeof filingDecisionSchema>;

export const registrySettingsSchema = z.object({
  filingDeadlineWorkingDays: z.number().int().min(1).max(30),
  majorPlatforms: z.array(z.enum(PLATFORM_KEYS)),
});
