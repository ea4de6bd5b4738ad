// A service unlocked only by an interaction: 点赞置顶视频后，方可在线查询案件进度; 转发本条微博后才能预约;
// 集满20个赞才给办理. 国办发〔2018〕123号 forbids forcing the public to like or share; following an
// account to use its menu (关注公众号后可在线查询) asks for no like or share, and a prize for sharing
// (转发后方可领取奖品) withholds no service: neither is reported.
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

export const UNLOCK_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'coercion.withheld-service',
    severity: 'warn',
    pattern:
      /(?:点赞|转发|分享到?(?:朋友圈|微信群)|评论|留言好评|集满?[0-9０-９一二三四五六七八九十百]*个?赞|好评)[^。；;！!？?\n]{0,16}?(?:后|之后|以后)[，,]?\s*(?:方可|才能|才可以?|方能|才给|才予|才会|才予以)(?:为您|给您)?(?:在线|线上|网上)?(?:查询|办理|受理|预约|领取(?!奖|礼|红包|纪念|优惠|福利|积分)|申请|办结|审核|审批|进入|报名|立案|出证|取号|挂号)/g,
    message: '以点赞、转发等互动作为提供政务服务的条件，属强制互动（国办发〔2018〕123号）',
  },
]);
