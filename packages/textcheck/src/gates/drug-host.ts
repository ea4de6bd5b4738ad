// Host names built like drug sellers' sites: mi-yao888.com (迷药), chunyao168.net (春药), cuiqing99.top
// (催情). The registrable name's letters, read together across hyphens and digits, spell a drug's
// pinyin, and a digit run or a cheap top-level domain marks it as a throwaway name. Such a link in a
// government page's menu (办事指南 → www.mi-yao888.com) was planted; a seller's host in a post offers
// the drug. A name that only contains the syllables inside a longer word of another meaning is rare,
// and without the digits or the cheap domain (a person's chunyao.com) it does not count.
import { parse } from 'tldts';

/** Drugs, date-rape drugs and aphrodisiacs in pinyin. */
const DRUG_PINYIN =
  /miyao|mihuan|menghanyao|chunyao|cuiqing|tinghuashui|yaotouwan|haluoyin|heluoyin|bingdu(?:mai|shou)|maguo|kfen|ghb|mdma|ketamine|dama(?:mai|shou|zhongzi)/;
/** Cheap top-level domains favoured by throwaway sites. */
const CHEAP_TLD =
  /^(?:xyz|top|vip|club|cc|win|icu|buzz|fun|live|site|online|shop|work|loan|pw|tk|ml|ga|cf|gq|ws|la|bid|men)$/;

/** Whether the host's registrable name spells a drug and reads as a throwaway name. */
export function isDrugHost(hostname: string): boolean {
  const info = parse(hostname);
  if (!info.domain || !info.publicSuffix || info.publicSuffix.endsWith('gov.cn')) return false;
  const name = info.domain.slice(0, -info.publicSuffix.length - 1).toLowerCase();
  if (!DRUG_PINYIN.test(name.replace(/[^a-z]/g, ''))) return false;
  const suffix = info.publicSuffix.split('.').pop() ?? '';
  return /\d{2,}/.test(name) || CHEAP_TLD.test(suffix);
}
