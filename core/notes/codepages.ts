/**
 * The upper halves (bytes 0x80-0xFF) of the single-byte code pages that UTF-8 text is most often
 * misread as. Data, generated once from iconv-lite and checked against it in
 * tests/core/notes/codepages.test.ts. Core cannot use iconv-lite itself (it needs Buffer).
 * Each string has 128 characters: character i is what byte 0x80 + i reads as.
 */

export interface CodePage {
  readonly name: string;
  readonly high: string;
}

/** In the order repairs are tried: the most common misreadings first. */
export const CODE_PAGES: readonly CodePage[] = [
  {
    name: "Windows-1252",
    high:
      "\u20ac\ufffd\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\ufffd\u017d\ufffd\ufffd\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\ufffd\u017e\u0178" +
      "\u00a0¡¢£¤¥¦§¨©ª«¬\u00ad®¯°±²³´µ¶·¸¹º»¼½¾¿" +
      "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞß" +
      "àáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ",
  },
  {
    name: "ISO-8859-1",
    high:
      "\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008a\u008b\u008c\u008d\u008e\u008f\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009a\u009b\u009c\u009d\u009e\u009f" +
      "\u00a0¡¢£¤¥¦§¨©ª«¬\u00ad®¯°±²³´µ¶·¸¹º»¼½¾¿" +
      "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞß" +
      "àáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ",
  },
  {
    name: "CP850",
    high:
      "ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜø£Ø×\u0192" +
      "áíóúñÑªº¿®¬½¼¡«»\u2591\u2592\u2593\u2502\u2524ÁÂÀ©\u2563\u2551\u2557\u255d¢¥\u2510" +
      "\u2514\u2534\u252c\u251c\u2500\u253cãÃ\u255a\u2554\u2569\u2566\u2560\u2550\u256c¤ðÐÊËÈ\u0131ÍÎÏ\u2518\u250c\u2588\u2584¦Ì\u2580" +
      "ÓßÔÒõÕµþÞÚÛÙýÝ¯´\u00ad±\u2017¾¶§÷¸°¨·¹³²\u25a0\u00a0",
  },
  {
    name: "CP437",
    high:
      "ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥\u20a7\u0192" +
      "áíóúñÑªº¿\u2310¬½¼¡«»\u2591\u2592\u2593\u2502\u2524\u2561\u2562\u2556\u2555\u2563\u2551\u2557\u255d\u255c\u255b\u2510" +
      "\u2514\u2534\u252c\u251c\u2500\u253c\u255e\u255f\u255a\u2554\u2569\u2566\u2560\u2550\u256c\u2567\u2568\u2564\u2565\u2559\u2558\u2552\u2553\u256b\u256a\u2518\u250c\u2588\u2584\u258c\u2590\u2580" +
      "\u03b1ß\u0393\u03c0\u03a3\u03c3µ\u03c4\u03a6\u0398\u03a9\u03b4\u221e\u03c6\u03b5\u2229\u2261±\u2265\u2264\u2320\u2321÷\u2248°\u2219·\u221a\u207f²\u25a0\u00a0",
  },
  {
    name: "CP852",
    high:
      "Çüéâä\u016f\u0107ç\u0142ë\u0150\u0151î\u0179Ä\u0106É\u0139\u013aôö\u013d\u013e\u015a\u015bÖÜ\u0164\u0165\u0141×\u010d" +
      "áíóú\u0104\u0105\u017d\u017e\u0118\u0119¬\u017a\u010c\u015f«»\u2591\u2592\u2593\u2502\u2524ÁÂ\u011a\u015e\u2563\u2551\u2557\u255d\u017b\u017c\u2510" +
      "\u2514\u2534\u252c\u251c\u2500\u253c\u0102\u0103\u255a\u2554\u2569\u2566\u2560\u2550\u256c¤\u0111\u0110\u010eË\u010f\u0147ÍÎ\u011b\u2518\u250c\u2588\u2584\u0162\u016e\u2580" +
      "ÓßÔ\u0143\u0144\u0148\u0160\u0161\u0154Ú\u0155\u0170ýÝ\u0163´\u00ad\u02dd\u02db\u02c7\u02d8§÷¸°¨\u02d9\u0171\u0158\u0159\u25a0\u00a0",
  },
  {
    name: "ISO-8859-2",
    high:
      "\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008a\u008b\u008c\u008d\u008e\u008f\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009a\u009b\u009c\u009d\u009e\u009f" +
      "\u00a0\u0104\u02d8\u0141¤\u013d\u015a§¨\u0160\u015e\u0164\u0179\u00ad\u017d\u017b°\u0105\u02db\u0142´\u013e\u015b\u02c7¸\u0161\u015f\u0165\u017a\u02dd\u017e\u017c" +
      "\u0154ÁÂ\u0102Ä\u0139\u0106Ç\u010cÉ\u0118Ë\u011aÍÎ\u010e\u0110\u0143\u0147ÓÔ\u0150Ö×\u0158\u016eÚ\u0170ÜÝ\u0162ß" +
      "\u0155áâ\u0103ä\u013a\u0107ç\u010dé\u0119ë\u011bíî\u010f\u0111\u0144\u0148óô\u0151ö÷\u0159\u016fú\u0171üý\u0163\u02d9",
  },
];
