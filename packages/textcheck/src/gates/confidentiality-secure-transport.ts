// The route or timetable of a secure transport told: exam papers on their way to the test centres
// (高考试卷押运路线为市保密室—建设路—人民大道—各考点, 试卷押运车辆每天6时从市保密室出发，途经人民路,
// 押运试卷的车辆将沿建设大道行驶至一中考点), answer sheets, classified carriers or cash in transit. The
// route of papers before the exam is a working secret (国家教育考试保密规定) and helps a robbery; a
// meeting on the escort (召开试卷押运保障工作会) or an escort told without its way (民警全程随车押运)
// names no route. Where the papers are kept until the exam, down to the floor or the room (现存放于
// 市教育考试院三楼保密室), is the same secret.
import type { Family } from './confidentiality-family.ts';
import { IN_SENTENCE as IN } from './sentence-span.ts';

/** What is carried under guard. */
const CARGO = '(?:试卷|试题|考卷|答题卡|答卷|涉密载体|涉密文件|机要文件|机要件|现金|运钞车)';
/** Carried. */
const CARRIED = '(?:押运|押送|运送|运输|转运|配送|护送)';
/** The way or the time told. */
const WAY = '(?:路线|线路|路径|行车路线|行驶路线|途经路段|出发时间|发车时间)';

export const SECURE_TRANSPORT_FAMILIES: Family[] = [
  {
    re: new RegExp(
      `${CARGO}(?:的)?${CARRIED}(?:车辆|车队)?(?:的)?${WAY}(?:为|是|定为|确定为|安排为|如下)?[：:]?[^。；！？\\n]{2,40}|${CARGO}(?:的)?${CARRIED}(?:车辆|车队|专车)[^。；！？\\n]{0,16}?(?:途经|经由|沿|取道|走)[^。；！？\\n]{2,30}|${CARRIED}${CARGO}(?:的)?(?:车辆|车队|专车)[^。；！？\\n]{0,16}?(?:途经|经由|沿|取道|走)[^。；！？\\n]{2,30}|${CARRIED}${CARGO}(?:的)?${WAY}(?:为|是|定为|确定为|安排为|如下)?[：:]?[^。；！？\\n]{2,40}`,
      'g',
    ),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '公开试卷、涉密载体等押运路线或时间，属工作秘密，可能危及安全，请核实',
  },
  {
    // Where the papers are kept until the exam, down to the floor or the room: 现存放于市教育考试院三楼
    // 保密室, 试卷锁在县教育局办公楼402室保险柜, 答题卡封存在考点地下一层库房. 存放于标准化保密室，24小时
    // 视频监控 names no place. After the exam (考后, 评卷) the place guards nothing.
    re: new RegExp(
      `${CARGO}${IN}{0,20}?(?:存放|保管|封存|存储|储存|放置|锁|保存)(?:于|在|至)${IN}{0,20}?(?:[0-9０-９一二三四五六七八九十]+(?:楼|层|号楼|号房|室)|地下|负一|顶楼|东侧|西侧|南侧|北侧|隔壁|后院)(?:[^。；！？\\n，,]{0,6}?(?:保密室|保密库|库房|仓库|保险柜|机要室|房间))?`,
      'g',
    ),
    when: (text) => !/考后|考试结束|已结束|评卷|阅卷结束|落下帷幕/.test(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '公开试卷、涉密载体的具体存放位置，属工作秘密，可能危及安全，请核实',
  },
];
