/**
 * Which columns hold identifiers, by their header: ids, order and invoice numbers, phone numbers,
 * postcodes (English and Chinese names). Their values stay text, so `00123` is not 123 and a
 * 19-digit Taobao order number keeps its digits.
 */
import { normalizeHeader } from './columnDetection';

const EXACT = new Set([
  'id',
  'name',
  'sku',
  'barcode',
  'ean',
  'upc',
  'zip',
  'zipcode',
  'postcode',
  'postalcode',
  'phone',
  'mobile',
  'tel',
  'telephone',
]);
const ENDINGS =
  /(?:[^a]id|^id|number|numbers|no|nr|code|phone|mobile|tel|zip|postcode|编号|单号|订单号|号码|账号|帐号|手机|手机号|电话|邮编|会员名|昵称|id号)$/;
const NOT = /(?:paid|void|quantity|numberofitems)$/;

/**
 * @example isIdentifierHeader('订单编号') // → true
 * @example isIdentifierHeader('Customer ID') // → true
 * @example isIdentifierHeader('Amount Paid') // → false
 */
export function isIdentifierHeader(header: string): boolean {
  const h = normalizeHeader(header);
  if (EXACT.has(h)) return true;
  return !NOT.test(h) && ENDINGS.test(h);
}
