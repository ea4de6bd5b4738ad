// A technical standard or safety code cited by an edition that a newer one has replaced, as the ground
// of today's work: 目前机动车安全技术检验仍依据《机动车运行安全技术条件》（GB 7258-2012）执行 (GB 7258-2017
// since 2018-01-01), 严格按照《锅炉安全技术监察规程》（TSG G0001-2012）开展维护保养 (TSG 11-2020 since
// 2021-06-01). A standard is cited by its code and year; the year says which edition, and an edition
// that was replaced no longer binds anyone. The table lists common codes of road safety, special
// equipment, fire and building safety, food and the environment whose old editions officials still
// cite; the code may stand with or without its title, its spaces and a /T. Not reported: the old
// edition named as replaced (代替GB 7258-2012, 原标准, 已废止, 旧版), a history (2012年发布的…), and the
// current edition.
import type { GateFinding } from './gate-context.ts';
import { guard } from './regex-guard.ts';
import { staleStatements } from './stale-statements.ts';

interface Replaced {
  /** The code without spaces or /T: GB7258, TSGG0001. */
  code: string;
  /** Editions replaced, by year. */
  old: readonly number[];
  /** The edition that replaced them, as cited: GB 7258-2017. */
  current: string;
  /** When the current edition came into force. */
  on: string;
}

const REPLACED: readonly Replaced[] = [
  { code: 'GB7258', old: [1997, 2004, 2012], current: 'GB 7258-2017', on: '2018-01-01' },
  { code: 'GB1589', old: [2004], current: 'GB 1589-2016', on: '2016-07-26' },
  { code: 'GB17761', old: [1999], current: 'GB 17761-2018', on: '2019-04-15' },
  { code: 'TSGG0001', old: [2012], current: 'TSG 11-2020', on: '2021-06-01' },
  { code: 'TSGR0004', old: [2009], current: 'TSG 21-2016', on: '2016-10-01' },
  { code: 'GB50016', old: [2006], current: 'GB 50016-2014（2018年版）', on: '2015-05-01' },
  { code: 'GB50045', old: [1995], current: 'GB 50016-2014（2018年版）', on: '2015-05-01' },
  { code: 'GB50222', old: [1995], current: 'GB 50222-2017', on: '2018-04-01' },
  { code: 'GB50011', old: [2001], current: 'GB 50011-2010', on: '2010-12-01' },
  { code: 'GB50352', old: [2005], current: 'GB 50352-2019', on: '2019-10-01' },
  { code: 'GB5749', old: [1985, 2006], current: 'GB 5749-2022', on: '2023-04-01' },
  { code: 'GB3095', old: [1996], current: 'GB 3095-2012', on: '2016-01-01' },
  { code: 'GB15618', old: [1995], current: 'GB 15618-2018', on: '2018-08-01' },
  { code: 'GB2760', old: [2007, 2011, 2014], current: 'GB 2760-2024', on: '2025-02-08' },
  { code: 'GB2762', old: [2012, 2017], current: 'GB 2762-2022', on: '2023-06-30' },
  { code: 'GB2763', old: [2014, 2016, 2019], current: 'GB 2763-2021', on: '2021-09-03' },
  { code: 'GB2626', old: [2006], current: 'GB 2626-2019', on: '2020-07-01' },
  { code: 'GB6675', old: [2003], current: 'GB 6675-2014', on: '2016-01-01' },
];
const BY_CODE = new Map(REPLACED.map((r) => [r.code, r]));

/** The code and its year, its title before it in book marks and a bracket when it has one. */
const CITED = guard(
  /(?:《[^《》\n]{2,30}》\s*[（(]\s*)?(?<kind>GB|TSG)(?:\s*\/\s*T)?\s*(?<number>[A-Z]?\s*[0-9]{1,5})\s*[-—–－]\s*(?<year>(?:19|20)[0-9]{2})(?![0-9])(?:\s*[）)])?/g,
);

/** The post names the edition as replaced or gone, or names the current one. */
const TOLD_REPLACED =
  /代替|替代|取代|废止|作废|失效|旧版|老版|原标准|原规程|原规范|新版|新标准|修订版|已被|被替换|不再执行|停止执行|已过时/;

export function supersededStandards(text: string): GateFinding[] {
  if (!/GB|TSG/.test(text)) return [];
  return staleStatements(text, {
    re: CITED,
    // The latest date of the table; the check below decides per code.
    supersededOn: '2010-01-01',
    message: '',
    toldChanged: () => false,
  }).flatMap((f) => {
    const m = new RegExp(CITED.source).exec(text.slice(f.start, f.end));
    const code = `${m?.groups?.['kind'] ?? ''}${(m?.groups?.['number'] ?? '').replace(/\s/g, '')}`;
    const year = Number(m?.groups?.['year'] ?? 0);
    const replaced = BY_CODE.get(code);
    if (!replaced || !replaced.old.includes(year)) return [];
    const around = text.slice(Math.max(0, f.start - 30), f.end + 30);
    const current = replaced.current.split('（')[0]!.replace(/\s/g, '');
    if (TOLD_REPLACED.test(around) || text.replace(/\s/g, '').includes(current)) return [];
    // A sentence dated before the new edition tells what held then.
    const cut = Number(replaced.on.slice(0, 4));
    const years = [...text.matchAll(/((?:19|20)[0-9]{2})\s*年/g)].map((y) => Number(y[1]));
    if (years.length > 0 && Math.max(...years) < cut) return [];
    return [
      {
        ...f,
        message: `该标准（规程）的这一版本已被 ${replaced.current} 代替（${replaced.on} 起实施），应引用现行版本`,
        suggestion: replaced.current,
      },
    ];
  });
}
