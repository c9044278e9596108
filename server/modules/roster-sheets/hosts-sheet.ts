// The roster spreadsheet's columns: the import template names them in Chinese and English, so either team can
// read the header; the export names them in the reader's language, and the import reads either name.
import { text, type Text } from '../../domain/text';
import type { SheetSpec } from '../../importers/sheet';

export const importColumns = [
  ['stageName', '艺名'], ['legalName', '真实姓名'], ['status', '状态'], ['agentEmail', '经纪人邮箱'],
  ['tier', '等级'], ['categories', '品类'], ['joinDate', '入驻日期'], ['birthDate', '出生日期'],
  ['idNumber', '身份证号'], ['phone', '手机号'], ['bankAccount', '银行卡号'], ['bankName', '开户行'],
  ['platform', '平台'], ['identifiers', '账号ID'], ['handle', '昵称'], ['followers', '粉丝数'],
  ['realNameVerified', '实名认证'], ['guardianConsent', '监护人同意'],
] as const;
export type ImportColumn = (typeof importColumns)[number][0];

/** The host's ID, which an export writes first ("ID" in either language): a row that carries it updates that host. */
const hostIdColumn = ['id', 'ID'] as const;
export type SheetColumn = ImportColumn | 'id';

/** Columns only an export has (what the list shows of a host beyond what creates one): the import reads past them. */
const exportOnlyColumns = [['archived', '已归档'], ['createdAt', '创建时间']] as const;
type ExportOnlyColumn = (typeof exportOnlyColumns)[number][0];

export const MAX_IMPORT_ROWS = 10_000;

export const hostsSheet: SheetSpec<SheetColumn> = {
  columns: [...importColumns, hostIdColumn], required: ['stageName', 'legalName', 'status'], lists: ['categories', 'identifiers'],
  ignored: exportOnlyColumns, maxRows: MAX_IMPORT_ROWS,
};

// The English names read as the keys do once spaces and case are set aside ("Stage name" is stageName).
const englishNames: Record<SheetColumn | ExportOnlyColumn, string> = {
  id: 'ID', stageName: 'Stage name', legalName: 'Legal name', status: 'Status', agentEmail: 'Agent email', tier: 'Tier',
  categories: 'Categories', joinDate: 'Join date', birthDate: 'Birth date', idNumber: 'ID number', phone: 'Phone',
  bankAccount: 'Bank account', bankName: 'Bank name', platform: 'Platform', identifiers: 'Identifiers', handle: 'Handle',
  followers: 'Followers', realNameVerified: 'Real name verified', guardianConsent: 'Guardian consent', archived: 'Archived', createdAt: 'Created at',
};

const chineseNames = new Map<string, string>([...importColumns, hostIdColumn, ...exportOnlyColumns]);

/** The export's columns in order, each header in both languages. */
export const exportColumns: readonly (readonly [SheetColumn | ExportOnlyColumn, Text])[] = ([
  'id', 'stageName', 'legalName', 'status', 'agentEmail', 'tier', 'categories', 'joinDate', 'birthDate', 'idNumber', 'phone',
  'bankAccount', 'bankName', 'realNameVerified', 'guardianConsent', 'archived', 'createdAt',
] as const).map((key) => [key, text(englishNames[key], chineseNames.get(key)!)] as const);
