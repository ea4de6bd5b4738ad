// A system or a guarded place left open, told in a post (after heldout-final133): a flaw still unmended
// (医保结算系统的高危SQL注入漏洞到现在还没修复，外网就能访问到登录页面), weak or factory passwords still in
// use and ports open to the internet (云主机还在用弱口令，远程桌面3389端口对公网开放; 后台管理账号暂用出厂默认
// 密码登录，患者数据接口临时关闭加密校验), and a guarded place whose watch is down for now (北侧围栏那一段夜里
// 暂时改成人工巡逻，两小时走一趟; 这段时间那一片基本处于无人监控状态，巡护也只能每周进去一次; 电子门禁损坏，
// 目前这道门暂时没上锁). Each tells an intruder where to get in and when. Quiet: advice against weak
// passwords (请勿使用弱口令), flaws found and mended (漏洞已修复), a test's findings with no open flaw,
// and a door locked by rule (下班后一律上锁).
import type { Family } from './confidentiality-family.ts';
import { IN_SENTENCE as IN } from './sentence-span.ts';
import { sentenceAround, SENTENCE_END } from './sentence.ts';

/** Mended, forbidden or advised against: no open gap told. */
const MENDED_OR_ADVICE =
  /已修复|已经修复|修复完成|已整改|整改完毕|已关闭|已封堵|已加固|已恢复|严禁|禁止|不得|请勿|切勿|不要使用|避免使用|谨防|防范|如何/;

const openGapAt = (text: string, start: number) => {
  const [from, to] = sentenceAround(text, start, start + 2, SENTENCE_END);
  return !MENDED_OR_ADVICE.test(text.slice(from, to));
};

/** A system a post names: 系统, 云主机, 后台管理账号, 接口. */
const SYSTEM = '(?:系统|平台|服务器|主机|网站|后台|账号|账户|数据库|接口|终端|设备|网络)';

export const SYSTEM_WEAKNESS_FAMILIES: Family[] = [
  {
    // A flaw still open, a weak password still used, a safeguard switched off: 漏洞到现在还没修复, 云主机
    // 还在用弱口令, 暂用出厂默认密码登录, 临时关闭加密校验.
    re: new RegExp(
      `${SYSTEM}${IN}{0,14}?(?:漏洞${IN}{0,8}?(?:还没|仍未|尚未|至今未|至今没|没有|一直没|迟迟未)(?:有)?(?:修复|修补|打补丁|整改|处置)|(?:还在用|仍在用|仍在使用|还在使用|暂用|仍用|一直用|沿用)${IN}{0,4}?(?:弱口令|弱密码|默认密码|出厂密码|初始密码|简单密码|通用密码)|(?:临时|暂时|先)?(?:关闭|关掉|停用|取消|绕过)(?:了)?${IN}{0,4}?(?:加密校验|加密|身份认证|双因素认证|认证|鉴权|校验|防火墙|访问控制|登录验证))${IN}{0,12}`,
      'g',
    ),
    acceptAt: openGapAt,
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '公开信息系统未修复的漏洞、弱口令和关闭的安全措施，暴露网络安全薄弱环节，请删去',
  },
  {
    // A port or a login page open to the internet: 远程桌面3389端口对公网开放, 外网就能访问到登录页面.
    re: new RegExp(
      `(?:端口|远程桌面|登录页面|登录页|管理后台|管理界面|数据库)${IN}{0,6}?(?:对公网开放|向公网开放|对外网开放|向外网开放|对互联网开放|暴露在公网|暴露在互联网|暴露在外网)|(?:外网|公网|互联网)(?:上)?(?:就能|就可以|都能|直接就能|可以直接|能直接)访问(?:到)?${IN}{0,4}?(?:登录页面|登录页|后台|管理界面|数据库|管理系统)`,
      'g',
    ),
    acceptAt: openGapAt,
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '公开信息系统对公网暴露的端口和管理入口，暴露网络安全薄弱环节，请删去',
  },
  {
    // A guarded place's watch down for now: 暂时改成人工巡逻，两小时走一趟; 这段时间那一片基本处于无人监控状态;
    // 巡护也只能每周进去一次; 目前这道门暂时没上锁.
    re: new RegExp(
      `(?:暂时|目前|现在|这段时间|这几天|临时|眼下)${IN}{0,12}?(?:没(?:有)?上锁|未上锁|不上锁|锁不上|关不上|处于无人监控|无人监控状态|处于无人值守|没有监控|没人看守|无人看守)|(?:改成|改为|只能靠|只靠|仅靠)人工(?:巡逻|巡查|巡护|值守)${IN}{0,4}?[0-9０-９一二两三四五六七八九十]+(?:个)?(?:小时|钟头)${IN}{0,2}?(?:走|巡|转|查)?一(?:趟|次|回|圈)|(?:巡护|巡逻|巡查)(?:也|都)?(?:只能|只有|改成|改为)${IN}{0,4}?每(?:周|星期|月|[两三四五六七]天)${IN}{0,6}?一(?:趟|次|回)`,
      'g',
    ),
    when: (text) =>
      /核电|周界|围栏|围墙|保护区|监狱|看守所|营区|库区|变电站|水厂|主塔|机房|门禁|报警系统|红外相机|监控|探头|检修通道/.test(
        text,
      ),
    acceptAt: openGapAt,
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '公开重点部位安防暂时失效、只靠人工稀疏巡逻等薄弱环节，请删去',
  },
];
