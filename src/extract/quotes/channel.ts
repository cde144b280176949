// The channel a statement was made through, when the sentence gives it: "told Fox News",
// "posted on X", "in a televised interview", "during a press briefing", "to reporters".

export const MEDIA_WORD =
  /\b(?:News|Times|Post|Journal|Herald|Tribune|Telegraph|Guardian|Gazette|Chronicle|Express|Mail|Star|Daily|Weekly|TV|Television|Radio|Broadcasting|Press|Agency|Network|Channel|Magazine|Reuters|Bloomberg|CNN|BBC|NPR|PBS|AFP|AP|Xinhua|Jazeera|NBC|CBS|ABC|MSNBC|CNBC|Fox|PTI|ANI|IANS|Politico|Axios|Sky|Le Monde|Spiegel|Reporter|Review|Insider|Wire|Today|Observer|Independent|Economist|Atlantic|Verge|Wired|Variety|Deadline|Forbes|Fortune|Vox|HuffPost|Yahoo|Podcast|Magazine|Newsweek|Bulletin|Courier|Sun|Mirror|Standard|Globe|Register|Inquirer|Dispatch|Examiner|Monitor|Hindu|Dawn|Kyodo|Yonhap|Interfax|TASS|RIA|Anadolu|Haaretz|Ynet)\b/;

const PLATFORMS =
  '(?:X|Twitter|Facebook|Instagram|Telegram|YouTube|TikTok|LinkedIn|Weibo|WeChat|Truth Social|Threads|Bluesky|Reddit|Substack|social media|state television|state TV|state radio|national television|television|TV|radio)';

const CHANNEL_NOUNS =
  '(?:interview|statement|briefing|press release|news release|release|news conference|press conference|conference call|speech|address|broadcast|tweet|post|remarks|op-ed|editorial|letter|blog post|video|podcast|appearance|hearing|testimony|memo|e-?mail|phone call|call|readout|message|session|rally|meeting|summit|conversation|talk show|column|filing)s?';

// "posted on X", "wrote on his official X handle", "said on television"
const ON_PLATFORM = new RegExp(
  `\\bon\\s+(?:(?:his|her|their|its|the)\\s+)?(?:(?:official|personal|verified)\\s+)?(${PLATFORMS})(?:\\s+(?:handle|account|page|channel|feed))?\\b`,
);
// "in a televised interview", "during a Saturday press briefing", "in a live broadcast aired by state television"
const IN_CHANNEL = new RegExp(
  `\\b(?:[Ii]n|[Dd]uring|[Aa]t|[Vv]ia|[Tt]hrough|[Oo]n)\\s+(?:(?:a|an|the|his|her|their|its|one of|separate|several|two|three)\\s+)?((?:[\\p{L}\\d-]+\\s+){0,3}?${CHANNEL_NOUNS})\\b((?:\\s+(?:aired|broadcast|carried|published|issued)?\\s*(?:by|on|with|to)\\s+(?:the\\s+)?(?:[\\p{Lu}][\\p{L}&'’-]*(?:\\s+[\\p{Lu}][\\p{L}&'’-]*)*|state television|state TV|state media|reporters|journalists)))?`,
  'u',
);
// "told Fox News", "told reporters", "speaking to the BBC"
const TOLD = /\b(?:told|tells|tell|telling|speaking to|spoke to|talking to|talked to|said to|writing in|wrote in|writing for|wrote for)\s+(?:[Tt]he\s+)?((?:[\p{Lu}][\p{L}\d&'’-]*(?:\s+[\p{Lu}\d][\p{L}\d&'’-]*)*)|reporters|journalists|the press|the media|lawmakers|parliament|a news conference|a press conference)/u;

export interface ChannelHit {
  channel: string;
  index: number;
}

/** Channel phrases in a stretch of text (a sentence with its quoted words blanked out). */
const global = (re: RegExp) => new RegExp(re.source, re.flags + 'g');
const TOLD_G = global(TOLD), ON_PLATFORM_G = global(ON_PLATFORM), IN_CHANNEL_G = global(IN_CHANNEL);

// Cheap tests before the full patterns: most sentences name no channel.
const MAY_TELL = /\b(?:told|tells?|telling|speaking|spoke|talking|talked|said to|writing|wrote)\b/;
const MAY_BE_ON = /\bon\s/;
const MAY_NAME_CHANNEL = new RegExp(`\\b${CHANNEL_NOUNS}\\b`);

export function findChannels(text: string): ChannelHit[] {
  const out: ChannelHit[] = [];
  const tell = MAY_TELL.test(text), on = MAY_BE_ON.test(text), named = MAY_NAME_CHANNEL.test(text);
  if (!tell && !on && !named) return out;
  const scan = (g: RegExp, pick: (m: RegExpExecArray) => string | null) => {
    g.lastIndex = 0;
    for (let m; (m = g.exec(text)); ) {
      const c = pick(m);
      if (c) out.push({ channel: c.replace(/\s+/g, ' ').trim(), index: m.index });
    }
  };
  if (tell) scan(TOLD_G, (m) => (/^[\p{Lu}]/u.test(m[1]) ? (MEDIA_WORD.test(m[1]) ? m[1] : null) : m[1]));
  if (on) scan(ON_PLATFORM_G, (m) => m[1]);
  if (named) scan(IN_CHANNEL_G, (m) => {
    // A tail names the medium ("aired by state television", "with Fox News"), not a person met.
    const tail = m[2] && (MEDIA_WORD.test(m[2]) || /(?:state (?:television|TV|media)|reporters|journalists)$/.test(m[2])) ? m[2] : '';
    return m[1] + tail;
  });
  out.sort((a, b) => a.index - b.index);
  return out;
}

// A channel far from the speech verb belongs to something else in the sentence.
const MAX_DISTANCE = 160;

/** The channel nearest to a cue at `cueIndex` (an offset into `text`), or null. */
export function channelNear(text: string, cueIndex: number): string | null {
  let best: ChannelHit | null = null;
  for (const h of findChannels(text)) if (!best || Math.abs(h.index - cueIndex) < Math.abs(best.index - cueIndex)) best = h;
  return best && Math.abs(best.index - cueIndex) <= MAX_DISTANCE ? best.channel : null;
}
