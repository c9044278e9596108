// The roster spreadsheet's columns (Chinese and English, so either team can read the header).
import type { SheetSpec } from '../../importers/sheet';

export const importColumns = [
  ['stageName', '艺名'], ['legalName', '真实姓名'], ['status', '状态'], ['agentEmail', '经纪人邮箱'],
  ['tier', '等级'], ['categories', '品类'], ['joinDate', '入驻日期'], ['birthDate', '出生日期'],
  ['idNumber', '身份证号'], ['phone', '手机号'], ['bankAccount', '银行卡号'], ['bankName', '开户行'],
  ['platform', '平台'], ['identifiers', '账号ID'], ['handle', '昵称'], ['followers', '粉丝数'],
] as const;
export type ImportColumn = (typeof importColumns)[number][0];

export const MAX_IMPORT_ROWS = 10_000;

export const hostsSheet: SheetSpec<ImportColumn> = {
  columns: importColumns, required: ['stageName', 'legalName', 'status'], lists: ['categories', 'identifiers'], maxRows: MAX_IMPORT_ROWS,
};
