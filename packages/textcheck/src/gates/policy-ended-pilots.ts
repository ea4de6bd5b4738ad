// A service told as still a pilot of a few places after it was extended to the whole country
// (policy.superseded-as-current; after final203: 携号转网目前仅在天津、海南、江西、湖北、云南五省市试点，我省暂未
// 开通). Mobile number portability has been offered nationwide since 2019-11-27 (工业和信息化部《携号转网
// 服务管理规定》, 工信部信管〔2019〕254号, and its launch that day); the individual pension scheme, begun in
// 36 先行城市 on 2022-11-25, applies nationwide since 2024-12-15 (人力资源社会保障部等五部门《关于全面实施
// 个人养老金制度的通知》). Read with the policy tense rules (stale-statements.ts): the pilot's history
// (2010年在天津、海南试点), the extension told (已在全国推开, 不再局限于) and a question are right.
import type { GateFinding } from './gate-context.ts';
import { guard } from './regex-guard.ts';
import { IN_SENTENCE as IN } from './sentence-span.ts';
import { staleStatements, toldInSentence, type StaleStatement } from './stale-statements.ts';

/** Still a pilot, or not yet offered in the place (我省暂未开通; an account 尚未开通 is the user's). */
const pilot = (service: string): string =>
  `${service}(?:(?!${service})${IN}){0,30}?(?:试点|先行城市|先行地区|先行省份|(?:我|本|当|该)(?:省|市|区|县|州|地)(?:目前)?(?:暂|尚|还)未(?:开通|开放|实施|推行|推开))`;
/** The sentence tells the extension, or asks. */
const EXTENDED =
  /全国(?:范围|各地|正式|全面|推开|推广|实施|开通|提供|实行)|推广至全国|推开至全国|在全国|不再局限|已经?(?:全面|正式)?(?:推开|推广|开通)|[？?]|吗/;

const PILOTS: readonly (StaleStatement & { present: string })[] = [
  {
    present: '携号转网',
    re: guard(new RegExp(pilot('携号转网'), 'g')),
    supersededOn: '2019-11-27',
    toldChanged: toldInSentence(EXTENDED),
    message:
      '携号转网服务已于2019年11月27日起在全国正式提供，不应再称仅在部分省市试点或本地暂未开通',
  },
  {
    present: '个人养老金',
    re: guard(new RegExp(pilot('个人养老金'), 'g')),
    supersededOn: '2024-12-15',
    toldChanged: toldInSentence(EXTENDED),
    message: '个人养老金制度已于2024年12月15日起在全国全面实施，不应再称仅在先行城市试点',
  },
];

/** Each service the text tells as still a pilot. */
export function staleEndedPilots(text: string): GateFinding[] {
  return PILOTS.filter((p) => text.includes(p.present)).flatMap((p) => staleStatements(text, p));
}
