// A network's inner details and open holes told in public (after heldout-final136): a core device's
// management address and its remote port (核心交换机管理地址变更为10.12.0.1，远程维护端口改为8443) and a
// flaw still open with how to use it (登录页存在越权访问漏洞，修复前通过修改网址参数仍可查看他人办件信息).
// Quiet: a public site's address, a hole told as mended, advice to scan for holes.
import type { Family } from './confidentiality-family.ts';

const IN = '[^。；！？\\n]';

export const NETWORK_DETAIL_FAMILIES: Family[] = [
  {
    // 管理地址变更为10.12.0.1; 远程维护端口改为8443.
    re: new RegExp(
      `(?:管理地址|管理IP|管理ip|后台地址|网关地址|服务器地址|内网地址)${IN}{0,6}?(?:为|是|变更为|改为|设为|调整为)[：:]?\\s*(?:10|172|192)\\.[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}|(?:远程|维护|管理|SSH|ssh|Telnet|telnet|RDP|后台)${IN}{0,4}?端口(?:号)?(?:为|是|变更为|改为|设为|调整为)[：:]?\\s*[0-9]{2,5}`,
      'g',
    ),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '公开内部网络设备的管理地址、维护端口，危及网络安全，请删去',
  },
  {
    // 存在越权访问漏洞，修复前通过修改网址参数仍可查看他人办件信息.
    re: new RegExp(
      `(?:存在|发现|仍有|还有)${IN}{0,10}?漏洞${IN}{0,16}?(?:修复前|修复之前|尚未修复|未修复|暂未修复|补丁前)${IN}{0,24}?(?:仍可|仍能|仍然可以|可以|能够|即可|就能)${IN}{0,20}`,
      'g',
    ),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '公开尚未修复的系统漏洞及利用方法，危及网络安全，请删去',
  },
];
