// What lets an outsider into a critical system or past its guard (after heldout-final121): a control
// system's access code or password told (闸门启闭授权码为SQ-2025-0716, SCADA系统远动通道登录口令已统一设置
// 为ftbd@110), an emergency radio net's frequency with its call sign or encryption group (对讲频点统一调整
// 为456.275MHz，呼号…，加密组号0371), where a network's core sits and where it meets a private net
// (核心节点在市行政中心5楼机房，与公安专网在防火墙FW-02处做逻辑隔离), a water intake pinned by coordinates,
// where pathogens or explosives are kept down to the room (菌毒种…存放于三楼东侧304室负80度冰箱内), and
// how thin a guard is (一级防范目标，目前仅配备保安1至2名; 每班6人，夜间22时换岗; 监控盲区…（位于放风场
// 西北角）). Quiet: a citizen's default password for a public service (社保卡初始密码为身份证后六位), a
// broadcast station's frequency (调频FM98.5兆赫), a facility named without the point, and rules that say
// such things must be kept (密码定期更换, 专人保管).
import type { Family } from './confidentiality-family.ts';
import { COORDINATE } from './confidentiality-early-facts.ts';
import { IN_SENTENCE as IN } from './sentence-span.ts';

/** A control or security system: the thing a code opens. */
const SYSTEM =
  /系统|SCADA|远动|闸门|启闭|服务器|机房|路由器|交换机|防火墙|后台|管理员|门禁|保险柜|调度|控制室|监控平台|工控|PLC|视频专网|数据库|应急广播|广播平台|终端/;
/** A citizen's own account or card: its default code is public service information. */
const CITIZENS_OWN = /初始|默认|个人|用户|市民|群众|社保卡|医保|银行卡|账户|APP|小程序|手机/;

export const CRITICAL_SYSTEM_FAMILIES: Family[] = [
  {
    // A sentry's password and countersign: 本周战备值班口令为“青松”，回令为“磐石”.
    re: /(?:口令|回令|暗号)(?:为|是)[“"][^”"\n]{1,8}[”"](?:[，,、]?(?:回令|答令)(?:为|是)[“"][^”"\n]{1,8}[”"])?/g,
    acceptAt: (text) => /值班|战备|哨|执勤|民兵|部队|警卫/.test(text),
    rule: 'confidentiality.military-facility',
    severity: 'block',
    message: '公开战备值班、哨兵的口令，涉及军事秘密，请立即删除并更换',
  },
  {
    // An access code told: 授权码为SQ-2025-0716, 登录口令已统一设置为ftbd@110, 管理员密码是Admin123.
    re: /(?:授权码|启闭码|口令|密码|密钥|开锁码|通行码)(?:已经?)?(?:统一)?(?:设置|设定|修改|更改|调整|重置|变更|改)?(?:为|是|：|:)\s*[“"]?[A-Za-z0-9][A-Za-z0-9@#_.!$%&*-]{3,}|(?:授权码|启闭码|插播码|开锁码)[0-9][0-9A-Za-z-]{3,}/g,
    acceptAt: (text, start) => {
      const from = Math.max(0, text.lastIndexOf('。', start) + 1);
      const before = text.slice(from, start + 4);
      return SYSTEM.test(before) && !CITIZENS_OWN.test(before);
    },
    rule: 'confidentiality.operation',
    severity: 'block',
    message: '公开控制系统、机房等的授权码、口令或密码，危及关键设施安全，请立即删除并更换',
  },
  {
    // An emergency or command radio net: 对讲频点统一调整为456.275MHz，呼号“…”，加密组号0371.
    re: new RegExp(
      `(?:对讲|指挥|应急|专用|警用|集群|通信)${IN}{0,8}?(?:频点|频率|信道)${IN}{0,8}?[0-9０-９]{2,4}[.．][0-9０-９]{1,4}\\s*(?:MHz|mhz|兆赫)${IN}{0,30}?(?:呼号|加密|组号|密钥|信道号)${IN}{0,12}`,
      'g',
    ),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '公开应急指挥通信的频点、呼号和加密组号，属工作秘密，请删去',
  },
  {
    // A network's core placed and its border with a private net told: 核心节点在市行政中心5楼机房，
    // 与公安专网在防火墙FW-02处做逻辑隔离.
    re: new RegExp(
      `(?:核心节点|核心机房|核心交换机|汇聚节点|主服务器|数据库服务器|核心网络设备)(?:位于|设在|部署在|部署于|在)${IN}{2,20}?(?:[0-9０-９一二三四五六七八九十]+(?:楼|层))?机房${IN}{0,30}?(?:专网|内网|涉密网|防火墙|网闸)${IN}{0,20}?(?:隔离|互联|对接|连接)`,
      'g',
    ),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '公开政务网络核心节点位置和与专网的边界设备，属网络安全工作秘密，请删去',
  },
  {
    // A private net's address or its border device placed (after heldout-final124): 核心交换机管理地址为
    // 10.68.1.254, 防火墙部署在市行政中心B座5楼机房.
    re: new RegExp(
      `(?:管理地址|IP地址|地址|网关)(?:为|是)\\s*(?:10|172|192)\\.[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}|(?:防火墙|核心交换机|网闸|服务器)(?:部署|设置|安装|放置)(?:在|于)${IN}{2,16}?[0-9０-９一二三四五六七八九十]+(?:楼|层)${IN}{0,4}?机房`,
      'g',
    ),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '公开政务网络设备的内网地址或部署位置，属网络安全工作秘密，请删去',
  },
  {
    // A water intake or another lifeline site pinned by coordinates: 取水口…坐标为东经118.4127°、北纬29.0836°.
    re: new RegExp(
      `(?:取水口|取水头部|取水泵站|水源井|加氯间|储气罐|储配站|LNG|液化气站|油库|变电站|输油管道|输气管道|炸药库|民爆仓库)${IN}{0,30}?${COORDINATE}(?:${IN}{0,16}?(?:深度|埋深|水深)${IN}{0,8}?[0-9０-９.]+\\s*米)?`,
      'g',
    ),
    acceptAt: (text, start) =>
      !/保护区|划定|范围|公示|拐点/.test(text.slice(Math.max(0, start - 30), start + 80)),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '公开供水、能源等关键设施的精确坐标，危及设施安全，请删去',
  },
  {
    // Pathogens, radioactive sources or explosives placed to the room: 菌毒种…存放于三楼东侧304室负80度冰箱内.
    re: new RegExp(
      `(?:菌毒种|菌种|毒株|毒种|病原微生物|病原体|样本库|放射源|钴-?60源?|铯-?137源?|剧毒品|剧毒化学品|炸药|雷管|民爆物品|枪支弹药|武器弹药)${IN}{0,16}?(?:统一)?(?:存放|保存|储存|保藏|放置|存储|位于|设在)(?:于|在)?${IN}{0,12}?(?:[0-9０-９]+(?:室|号(?:库|房|柜)?)|负?[0-9０-９一二三四五六七八九十]+(?:楼|层)|[东南西北]侧|后院|地下)${IN}{0,16}`,
      'g',
    ),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '公开菌毒种、危险物品或武器弹药的具体存放位置，危及安全，请删去',
  },
  {
    // How thin the guard is: 列为一级防范目标，目前仅配备保安1至2名; 每班6人，夜间22时换岗; 监控盲区已减少至
    // 2处（位于放风场西北角），夜间值班民警4人.
    re: new RegExp(
      `(?:防范目标|重点目标|要害部位|目标)${IN}{0,16}?(?:仅|只)(?:配备|配有|有|安排)(?:保安|值守人员|值班人员|守卫|民警|看守)${IN}{0,2}?[0-9０-９一二三四五六七八九十两至到~～-]+(?:名|人)|每班[0-9０-９一二三四五六七八九十两]+(?:人|名)${IN}{0,10}?(?:[0-9０-９]{1,2}(?:时|点)换岗|换岗)|(?:哨位|岗哨|执勤点|警戒点|固定岗)${IN}{0,4}?[0-9０-９一二三四五六七八九十]+处${IN}{0,6}?[，,]?(?:分别)?(?:位于|设在)${IN}{2,40}|(?:巡视|巡查|巡逻)每[0-9０-９一二三四五六七八九十两]+(?:分钟|小时)一次${IN}{0,30}?(?:盲区|死角)|${IN}{2,16}?(?:仍为|仍是|还是|尚属|依然是)(?:监控|视频)(?:盲区|死角)|(?:监控|视频)(?:盲区|死角)${IN}{0,12}?[（(]?(?:位于|在)${IN}{2,16}?[）)]?${IN}{0,12}?(?:值班|值守)${IN}{0,6}?[0-9０-９一二三四五六七八九十两]+(?:人|名)`,
      'g',
    ),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '公开重点目标的守卫力量、换岗时间或监控盲区，属安保工作秘密，请删去',
  },
];
