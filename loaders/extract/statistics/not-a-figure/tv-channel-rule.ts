import type { NotAFigureRule } from '../not-a-figure-rule.js';

/**
 * "NBC 5", "Channel 13", "KTLA 5", "FOX 4 News": a broadcaster's name. Networks and US call signs (K… or
 * W… in capitals) are followed by a channel number that is part of the outlet's name.
 */
const STATION_BEFORE =
  /(?:\b(?:Channel|NBC|CBS|ABC|FOX|Fox|CW|PBS|Telemundo|Univision|NewsChannel|News)|\b[KW][A-Z]{2,3}(?:-TV)?)\s*$/;

export const tvChannelRule: NotAFigureRule = {
  name: 'tv-channel',
  matches({ before, value, marked }) {
    return !marked && value < 100 && STATION_BEFORE.test(before);
  },
};
