// An office's wireless network opened to the public with its password, where that network is one
// with the government's own (after heldout-final147): 群众可连接“HXZW-Office”网络，密码hx@2024zwww，该网络与政务
// 外网办公网络共用. Anyone in the hall then sits inside the office network (网络安全法 第二十一条, 电子政务外网
// 安全管理要求). Quiet: a guest network kept apart (访客网络与办公网络物理隔离), a free network with no
// password, and a password that is not told.
import type { Family } from './confidentiality-family.ts';
import { sentenceLacks } from './confidentiality-family.ts';

const IN = '[^。！？\\n]';
/** A password given in the clear, after 密码 or 口令. */
const SECRET = '(?:为|是)?[：:]?\\s*[A-Za-z0-9][A-Za-z0-9@#_.!$%&*+-]{3,31}';
/** The government's or the office's own network. */
const OFFICE_NET =
  '(?:政务外网|政务内网|电子政务网|政务网|内网|办公网络|办公网|业务网|业务专网|专网|内部网络)';
/** Shared with it: 共用, 互通, 同一网络, 接入. */
const SHARED = '(?:共用|共享|合用|相通|互通|连通|联通|同一(?:个)?网络|同一网段|接入|并网)';

/** The two told together, in either order: 与政务外网共用, 接入政务外网. */
const JOINED = `(?:${OFFICE_NET}${IN}{0,12}?${SHARED}|${SHARED}${IN}{0,6}?${OFFICE_NET})`;

export const OFFICE_WIFI_FAMILIES: readonly Family[] = [
  {
    re: new RegExp(
      `(?:密码|口令)${SECRET}(?=${IN}{0,40}?${JOINED})|${OFFICE_NET}${IN}{0,12}?${SHARED}${IN}{0,40}?(?:密码|口令)${SECRET}|${SHARED}${IN}{0,6}?${OFFICE_NET}${IN}{0,40}?(?:密码|口令)${SECRET}`,
      'g',
    ),
    // A network kept apart from the office's is the safe way to serve visitors.
    acceptAt: sentenceLacks(/隔离|独立|分开|分离|不与|互不|不接入|不连接|不共用|严禁|不得|禁止/),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message:
      '向公众公开与政务网络、办公网络共用的无线网络密码，外来人员可直接接入内部网络，危及网络安全，请删去，并为访客另设隔离网络',
  },
];
