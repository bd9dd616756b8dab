/** Verbs that introduce speech or a stated position; a quotation near one is speech, not a term. */
export const SAYING_VERBS: ReadonlySet<string> = new Set(
  (
    'said says say saying stated states stating told tells telling added adds adding explained explains explaining ' +
    'noted notes noting wrote writes writing argued argues arguing claimed claims claiming insisted insists warned ' +
    'warns warning asserted asserts declared declares announced announces acknowledged acknowledges admitted admits ' +
    'emphasized emphasizes emphasised stressed stresses concluded concludes described describes describing called ' +
    'calls calling dubbed referred refer refers continued continues asked asks replied replies responded responds ' +
    'remarked recalled recalls contended contends maintained maintains promised promises vowed vows pledged pledges ' +
    'predicted predicts suggested suggests testified testifies tweeted posted summed put characterized labeled ' +
    'labelled touted touts boasted boasts praised praises criticized slammed blasted decried lamented urged urges ' +
    'announcing confirmed confirms reported reports estimated estimates wrote observed observes reads found ruled determined'
  )
    .split(/\s+/)
    .filter(Boolean),
);

/** Verbs that report a position in indirect speech ("Sessions also said that …"). */
export const REPORTING_VERBS: ReadonlySet<string> = new Set(
  (
    'said says told announced argued claimed stated noted warned estimated reported acknowledged insisted maintained ' +
    'concluded explained added predicted promised vowed pledged testified confirmed suggested contended asserted'
  )
    .split(/\s+/)
    .filter(Boolean),
);
