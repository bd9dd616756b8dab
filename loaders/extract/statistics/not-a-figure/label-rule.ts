import type { NotAFigureRule } from '../not-a-figure-rule.js';

const LABEL_BEFORE =
  /(?:U\.?S\.?C\.?|USC|§|\bSection|\bSec\.|\bTitle|\bArticle|\bChapter|\bRule|\bProposition|\bProp\.|\bNo\.|\bNos?\.|\bNumber|\bAmendment|\bForm|\bH\.R\.|(?<![.A-Za-z])S\.|\bOrder|\bCode|\bRoom|\bSuite|\bUnit|\bApt\.|\bBuilding|\bGate|\bTerminal|\bPier|\bExit|\bRoute|\bHighway|\bInterstate|\bI-|\bFlight|\bDistrict|\bPrecinct|\bWard|\bPage|\bVolume|\bVol\.|\bPhase|\bTier|\bLevel|\bCategory|\bClass|\bGrade|\bBox|\bLot|\bBill|\b[SHA]\.?B\.?|\bProclamation|\bDocket|\bPhoto|\bImage|\bSlide|\bPart|\bStep|\bEpisode|\bSeason|\bVideo)\s*$/;
/** "Photo 3 of 12", "Page 2 of 5": the count of a numbered series is part of its label too. */
const SERIES_BEFORE = /\b(?:Photo|Image|Slide|Page|Part|Step|Episode|Chapter) \d+ of\s*$/;
const LABEL_AFTER = /^\s*(?:U\.?S\.?C|USC|C\.F\.R|CFR)\b|^\([a-z\d]{1,3}\)/i;

/**
 * A number that names a law, a form or a place in a list: "Section 8", "Title 42", "21 USC 846",
 * "Form I-130", "Senate Bill 4", "SB 4", "Room 101", "Route 66", "the 287(g) program", "Photo 3 of 12".
 */
export const labelRule: NotAFigureRule = {
  name: 'label',
  matches({ before, after }) {
    return LABEL_BEFORE.test(before) || SERIES_BEFORE.test(before) || LABEL_AFTER.test(after);
  },
};
