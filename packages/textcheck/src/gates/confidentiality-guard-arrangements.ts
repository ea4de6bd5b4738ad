// The security arrangements of a leader's visit or an event told: how the leaders' motorcade comes in
// (市领导车队将从北门2号通道进场, 省领导将由体育馆东侧3号门入场), where plainclothes or armed police stand
// and how many (北门周边部署便衣警力12人, 主席台两侧安排便衣民警8名). Security work plans are working
// secrets (安保工作方案) and tell an attacker where to look. A traffic notice tells drivers the closed
// roads (对体育中心周边道路实行交通管制), and a police force told without its post or number (全市出动
// 警力2000余人次) or a leader's route told after the visit (已从…离开) names no arrangement ahead.
// So are a guarded site's sentry posts by number and its relief interval (看守所武装看押…哨位由4个增至
// 6个，夜间每2小时换岗一次): an armed guard's deployment at a jail, a depot or a barracks; a volunteer
// post's shifts at a race (志愿者每2小时换岗一次) guard no such site.
import type { Family } from './confidentiality-family.ts';
import { IN_SENTENCE as IN } from './sentence-span.ts';

/** Leaders or guests whose movements are guarded. */
const LEADERS = '(?:[省市县区州]?(?:委|政府)?领导(?:同志)?|首长|中央领导|外宾|贵宾|要员)';
/** Coming in or leaving through a gate or a passage. */
const GATE =
  '(?:[0-9０-９一二三四五六七八九十]+号)?(?:通道|门|入口|出口|车道|电梯|专用通道|贵宾通道)';
/** Police out of uniform or armed: 便衣警力, 便衣民警, 特警, 武警. */
const FORCE = '(?:便衣(?:警力|民警|警察|警员|人员)?|特警(?:队员)?|武警(?:官兵)?|狙击手)';

/** What confidentiality-internal.ts's police-operation rule reports already (部署特警20人). */
/** A site under armed guard: a jail, a depot, a barracks, an escort. */
const GUARDED_SITE =
  /看守所|监狱|戒毒所|拘留所|武装看押|看押|押解|弹药库|油料库|仓库守卫|营区|警卫目标|执勤目标|武警/;
/** A count of numbers: 4, 六, 十二. */
const COUNT = '[0-9０-９一二两三四五六七八九十]+';

const NOT_OPERATION = '(?!(?:特警|警力|民警|便衣民警|安保人员)[0-9０-９]+(?:人|名))';

export const GUARD_ARRANGEMENT_FAMILIES: Family[] = [
  {
    // the leaders' way in or out, by a named gate, still ahead
    re: new RegExp(
      `${LEADERS}(?:的)?(?:车队|座驾|专车|车辆)?(?:将|拟|计划)(?:于${IN}{0,12}?)?(?:从|由|经|走)${IN}{0,16}?${GATE}(?:进场|入场|进入|离场|出场|离开|抵达|通行|上下车)`,
      'g',
    ),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '公开领导出行、进出场的路线或通道，属安保工作秘密，可能危及安全，请核实',
  },
  {
    // plainclothes or armed police posted, with their number or their post
    re: new RegExp(
      `(?:部署(?:了)?${NOT_OPERATION}|(?:布置|安排|布控|埋伏|潜伏|配置|派驻)(?:了)?)${FORCE}[0-9０-９一二三四五六七八九十百]+(?:人|名|组)|${FORCE}[0-9０-９一二三四五六七八九十百]+(?:人|名)${IN}{0,8}?(?:部署|布控|蹲守|分布|埋伏)|[0-9０-９一二三四五六七八九十百]+(?:名|个)${FORCE}(?:将)?(?:部署|布控|蹲守|分布|埋伏|混入)`,
      'g',
    ),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '公开便衣、特警等警力的部署位置或人数，属安保工作秘密，可能危及安全，请核实',
  },
  {
    // sentry posts by number and the relief interval of a guarded site
    re: new RegExp(
      `(?:哨位|岗哨|哨点|固定哨|流动哨|执勤哨|执勤岗位?)(?:由${COUNT}(?:个|处|名))?(?:增至|增加至|增加到|增为|调整为|减至|减少至|共设|设置|设|共|为)${COUNT}(?:个|处|名)|(?:夜间|白天|全天|每晚|晚间|夜里)?(?:每|每隔)${COUNT}(?:个)?(?:半)?(?:小时|分钟)(?:换岗|换哨|轮岗|交接岗|查哨|查岗)(?:一次)?`,
      'g',
    ),
    when: (text) => GUARDED_SITE.test(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '公开看押、警卫目标的哨位数量或换岗时间，属执勤安保秘密，可能危及安全，请核实',
  },
];
