import type { FormInstance } from 'antd';
import type { ApiError } from '../api/client';

/** class-validator rule names (the API's `details[].rules`) in Chinese. */
const RULES: Record<string, string> = {
  isNotEmpty: '不能为空',
  isDefined: '必须填写',
  isString: '应为文字',
  length: '长度不符合要求',
  maxLength: '内容过长',
  minLength: '内容过短',
  isInt: '应为整数',
  isNumber: '应为数字',
  min: '数值过小',
  max: '数值过大',
  isPositive: '应大于 0',
  isEmail: '邮箱格式不正确',
  isIn: '不是可选的值',
  isEnum: '不是可选的值',
  isUscc: '统一社会信用代码不正确',
  isUuid: '编号格式不正确',
  isCalendarDate: '日期应为 YYYY-MM-DD',
  isDateString: '日期格式不正确',
  matches: '格式不正确',
  arrayMinSize: '至少选择一项',
  arrayMaxSize: '选择的项目过多',
  whitelistValidation: '不应提交此项',
  isBoolean: '应为是或否',
};

/**
 * Shows the API's field errors (VALIDATION_FAILED details) next to the form's fields; `names` maps
 * an API field path (`org.uscc`) to the form's field name where they differ.
 */
export function applyFieldErrors(form: FormInstance, error: ApiError, names: Record<string, string> = {}): void {
  const fields = error.fields.map((f) => ({
    name: (names[f.field] ?? f.field).split('.'),
    errors: [...new Set((f.rules ?? []).map((r) => RULES[r] ?? '填写有误'))].concat(
      f.rules?.length ? [] : ['填写有误'],
    ),
  }));
  if (fields.length) form.setFields(fields as never);
}
