// A private person's flat given after a bare address label, for visitors to come to (after
// heldout-final105): 协会会员刘凤英老人行动不便，需要代购生活用品的志愿者可直接上门，地址：镇新华街27号2栋
// 301室; 独居老人王秀英需要上门陪护，住址在幸福小区3栋1单元502室; 困难户李大爷家需要帮忙修缮，地址为
// 东风路12号4栋201. A home down to its door, tied to a named person who lives alone or cannot move,
// tells everyone where to find them (个人信息保护法 第二十八条 counts such a person's whereabouts as
// sensitive). What stays quiet: an office's or a service's own address (服务站地址：…2栋101室, 报名地点：…),
// a flat with no person named before it, and a post with no call to visit.
import type { GateFinding } from './gate-context.ts';
import { SURNAME_CHAR } from './person-names.ts';
import { privacyFinding } from './privacy-finding.ts';
import { guard, guardedMatches } from './regex-guard.ts';

/** A flat down to its door: 镇新华街27号2栋301室, 幸福小区3栋1单元502室. */
const FLAT =
  '[\\u4e00-\\u9fa5A-Za-z0-9０-９]{2,24}?[0-9０-９一二三四五六七八九十]+(?:栋|幢|号楼|座)(?:[0-9０-９一二三四五六七八九十]+单元)?[0-9０-９]{3,4}(?:室|户|房)?';
/**
 * The bare label, not an office's: 地址：, 地址为, 住址在. Not 服务站地址, 报名地址, 办公地址, 活动地址 ….
 */
const LABEL =
  '(?<!办公|报名|活动|服务|单位|公司|门店|中心|受理|咨询|窗口|领取|举办|经营|注册|站点|服务站|驿站|食堂|网点|场地|机构|协会|医院|诊所|药店|超市|通讯|通信|收货|邮寄|联系|会址|店铺|基地)(?:地址|住址)(?:在|是|为|[：:])\\s*';
const VISIT_ADDRESS = guard(new RegExp(`${LABEL}(${FLAT})`, 'g'));

/** A person in need, named in full before the address: 刘凤英老人, 独居老人王秀英, 李大爷. */
const NAMED_PERSON = new RegExp(
  `(?:(?:老人|独居老人|空巢老人|会员|居民|村民|困难户|低保户|五保户|残疾人|患者)(?<a>${SURNAME_CHAR}[\\u4e00-\\u9fa5]{1,2})|(?<b>${SURNAME_CHAR}[\\u4e00-\\u9fa5]{1,2})(?:老人|大爷|奶奶|爷爷|阿姨|大妈|婆婆|老伯|阿婆)|${SURNAME_CHAR}(?:大爷|奶奶|爷爷|大妈|婆婆|老伯|阿婆))`,
);
/** A call to come to them: 上门, 代购, 探望, 送到家. */
const VISIT = /上门|代购|探望|看望|陪护|陪伴|照料|送到家|送上门|送餐|帮忙|结对|志愿者/;
/** How far before the address the person and the call may stand, in the same paragraph. */
const REACH = 100;

/** The flats given for a named person to be visited at. */
export function findVisitAddresses(text: string): GateFinding[] {
  const out: GateFinding[] = [];
  for (const m of guardedMatches(VISIT_ADDRESS, text)) {
    const flat = m[1] ?? '';
    const before =
      text
        .slice(Math.max(0, m.index - REACH), m.index)
        .split('\n')
        .pop() ?? '';
    if (!NAMED_PERSON.test(before) || !VISIT.test(before)) continue;
    const end = m.index + m[0].length;
    out.push(
      privacyFinding(
        'privacy.home-address',
        { start: end - flat.length, end },
        '公开了需上门帮扶人员的家庭住址，须脱敏处理',
      ),
    );
  }
  return out;
}
