/** One reason a settings change is refused, named by the input field it is about (e.g. "footerLines.2"). */
export type SettingsProblem = {
  field: string;
  code:
    | "LINE_EMPTY"
    | "LINE_TOO_WIDE"
    | "LINE_CONTROL_CHARACTER"
    | "TOO_MANY_LINES"
    | "PAPER_WIDTH_UNSUPPORTED"
    | "CASH_REQUIRED"
    | "ONLINE_METHOD_REQUIRED"
    | "UNKNOWN_VALUE"
    | "DUPLICATE_VALUE"
    | "LOCALE_REQUIRED"
    | "DEFAULT_LOCALE_NOT_OFFERED";
  message: string;
};

/** Problems of a list of enum values: each known and listed once. */
export function listProblems(field: string, values: readonly string[], known: readonly string[]): SettingsProblem[] {
  const problems: SettingsProblem[] = [];
  values.forEach((v, i) => {
    if (!known.includes(v))
      problems.push({ field: `${field}.${i}`, code: "UNKNOWN_VALUE", message: `${v} is not one of ${known.join(", ")}.` });
    else if (values.indexOf(v) !== i) problems.push({ field: `${field}.${i}`, code: "DUPLICATE_VALUE", message: `${v} is listed twice.` });
  });
  return problems;
}
