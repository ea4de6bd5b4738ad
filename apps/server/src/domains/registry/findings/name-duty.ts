// Rule `name-duty`: an account's name shares a meaningful word with its unit's name or duties.
import { liveAccounts, unitIndex, type FindingDraft, type RegistrySnapshot } from './snapshot.ts';

/** Words every account name may carry; sharing only these says nothing about the unit. */
const GENERIC = new Set([
  '发布',
  '官方',
  '政务',
  '微博',
  '微信',
  '公众号',
  '服务号',
  '订阅号',
  '在线',
  '频道',
  '之声',
  '账号',
  '视频号',
  '抖音',
  '快手',
  '头条',
  '客户端',
  '小程序',
  '中国',
  '服务',
  '平台',
  '资讯',
  '新闻',
  '信息',
]);

export type Tokenizer = (text: string) => string[];

/** Segmented words of two or more characters; words of three or more also yield their bigrams,
 *  because jieba keeps unknown compounds such as 游江临 whole while its parts (江临) carry meaning. */
export function meaningfulWords(name: string, tokenize: Tokenizer): string[] {
  const words = tokenize(name).filter(
    (w) => [...w].length >= 2 && /\p{Script=Han}|[a-z0-9]/iu.test(w),
  );
  const parts = words.flatMap((w) => {
    const chars = [...w];
    return chars.length < 3 ? [] : chars.slice(0, -1).map((c, i) => c + chars[i + 1]);
  });
  return [...new Set([...words, ...parts])].filter((w) => !GENERIC.has(w));
}

export function nameDuty(s: RegistrySnapshot, tokenize: Tokenizer): FindingDraft[] {
  const units = unitIndex(s);
  const out: FindingDraft[] = [];
  for (const a of liveAccounts(s)) {
    const unit = units.get(a.unitId);
    if (!unit) continue;
    const words = meaningfulWords(a.name, tokenize);
    const reference = [unit.name, unit.shortName ?? '', unit.duties ?? ''].join('|');
    if (words.some((w) => reference.includes(w))) continue;
    const why = words.length
      ? `名称中的关键词（${words.join('、')}）均未出现在主办单位名称${unit.duties ? '及职责' : ''}中`
      : '名称中没有可识别的关键词';
    out.push({
      rule: 'name-duty',
      key: `name-duty:${a.id}`,
      severity: 'low',
      message: `账号名称「${a.name}」与主办单位「${unit.name}」的名称和职责缺少关联：${why}。名称应简洁规范，与主办单位工作职责相关联`,
      unitIds: [unit.id],
      accountIds: [a.id],
      detail: { words, hostUnit: unit.name },
    });
  }
  return out;
}
