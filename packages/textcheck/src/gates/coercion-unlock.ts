// A service unlocked only by an interaction: 点赞置顶视频后，方可在线查询案件进度; 转发本条微博后才能预约;
// 集满20个赞才给办理. 国办发〔2018〕123号 forbids forcing the public to like or share; following an
// account to use its menu (关注公众号后可在线查询) asks for no like or share, and a prize for sharing
// (转发后方可领取奖品) withholds no service: neither is reported. So is a school's information kept
// from parents who do not pay for a membership or install an app (未开通的家长将无法查看孩子的考试成绩).
// An account to follow made the way into a service given in person (出入境旅客须先关注本站官方微信公众号并
// 完成实名注册，方可进入自助通道办理通关手续; 须关注医院公众号方可挂号就诊) is counted: the counter or the
// gate is the public's by right, and the follow is forced on whoever comes.
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
  {
    // A share or like demanded first, the service given only on its proof: 预约办税须先关注本公众号并
    // 转发指定推文至朋友圈，凭转发截图方可预约; 办理居住证须先转发本条微博，凭截图方可受理. A share
    // for a prize (转发本文可参与抽奖) or an account followed to search online withholds no service.
    rule: 'coercion.withheld-service',
    severity: 'warn',
    pattern:
      /(?:须|必须|需要?|务必|要求)(?:先|现场|当场)?(?:关注[^。；;！!？?\n]{0,10}?并|[^。；;！!？?\n]{0,4}?)(?:转发|点赞|分享|集赞|评论)[^。；;！!？?\n]{0,30}?(?:方可|才能|才可以?|方能|才予|才给)(?:为您|给您|予以)?(?!在线|线上|网上)[^。；;！!？?\n]{0,4}?(?:查询|办理|受理|预约|申请|办结|审核|审批|报名|立案|取号|挂号|入园|领取(?!奖|礼|红包|纪念|优惠|福利|积分))/g,
    message: '以转发、点赞等互动作为提供政务服务的条件，属强制互动（国办发〔2018〕123号）',
  },
  {
    // A public benefit or service held back until a quota of likes is collected: 转发活动海报至朋友圈
    // 集满30个赞方可享受 (a resident's free entry), 攒够20个赞才能领取高龄补贴, 集齐50个赞后方可免费入园.
    // The quota is counted, so 后 need not follow; a prize or a shop's discount (集满30个赞可领取纪念品,
    // 才能享受八折优惠) withholds no public service.
    rule: 'coercion.withheld-service',
    severity: 'warn',
    pattern:
      /(?:(?:转发|分享)[^。；;！!？?\n]{0,16}?)?(?:集满?|集齐|攒够|攒满|凑满|凑够)[0-9０-９一二三四五六七八九十百]+个?赞(?:后|之后|以后)?[，,]?\s*(?:方可|才能|才可以?|方能|才给|才予|才会)(?:免费)?(?:享受|入园|入场|参观|游览|乘坐|报名|查询|办理|受理|预约|申请|领取(?!奖|礼|红包|纪念|优惠|福利|积分))(?![^。；！？\n]{0,6}?(?:折|优惠|特价|礼品|奖品|红包|纪念品))/g,
    message: '以集赞、转发作为享受惠民政策或公共服务的条件，属强制互动（国办发〔2018〕123号）',
  },
  {
    // A paid membership or an app imposed on parents, the school's own information withheld from those
    // who do not take it: 家长须开通每学期98元的会员服务，未开通的家长将无法查看孩子的考试成绩; 不下载APP的
    // 学生收不到作业通知. Only in a post that names a fee, a membership or an app (会员, 元, 平台, APP),
    // and only what a school owes every family (成绩, 评语, 作业, 通知) counts: an account needed to log
    // in to a service (未注册的用户无法登录) withholds nothing owed.
    rule: 'coercion.withheld-service',
    severity: 'warn',
    pattern:
      /(?<=(?:会员|VIP|vip|付费|收费|[0-9０-９]元|平台|APP|app|客户端|公众号|小程序)[^\n]{0,80}?)(?:未|不|没有?|拒不)(?:开通|订阅|购买|付费|充值|办理|下载|安装|关注|注册)(?:会员|服务|套餐|VIP|vip|该平台|平台|APP|app|客户端|公众号|小程序)?(?:的)?(?:家长|学生|用户|家庭|同学)?(?:将|就|均|一律|则)?(?:无法|不能|不得|不予|看不到|收不到|查不到|不再)[^。；！？\n]{0,16}?(?:成绩|评语|作业|通知|考试|分数|排名|在校表现|学习情况)/g,
    message: '以开通付费会员、下载APP等作为家长获取孩子成绩、作业、通知的条件，属变相强制',
  },
  {
    // Following an account demanded before a service given in person: 须先关注本站官方微信公众号并完成
    // 实名注册，方可进入自助通道办理通关手续; 必须关注本院微信公众号后方可挂号. An online query through
    // the account (关注公众号后可在线查询) and 可 (an option) are not a demand.
    rule: 'coercion.withheld-service',
    severity: 'warn',
    pattern:
      /(?:须|必须|需|需要|务必|一律|应当?)(?:先|提前|首先)?关注[^。；;！!？?\n]{0,14}?(?:公众号|视频号|抖音号|微博|服务号|头条号|快手号)[^。；;！!？?\n]{0,16}?(?:方可|才能|才可以?|方能|才予|才给)(?!在线|线上|网上|通过)[^。；;！!？?\n]{0,6}?(?:进入|通关|通行|入园|入场|入馆|乘车|登机|就诊|挂号|取号|排号|报到|办理[^。；;！!？?\n]{0,8}?(?:手续|业务|证件))/g,
    message: '以关注公众号等作为现场办事、通行的前提，属强制关注（国办发〔2018〕123号）',
  },
]);
