/**
 * Words and phrases that name page furniture rather than article content, in
 * the languages we serve first (Arabic, Persian, Hebrew, English) and a few
 * others. They describe the *kind* of block (related links, ads, comments), not
 * any one site's markup, and are only ever used together with structural tests
 * (link density, share of the article's prose, position).
 */

// The patterns carry no `u` flag: they need no Unicode property classes, and under `u`
// (with `i`) a fresh page's engine builds case-folding tables for every letter in them —
// about three times the cost of compiling them, paid on each injection.

/**
 * class/id tokens of blocks that are never article content, space-separated. Those marked
 * `!` name furniture even inside the story (ads, comments, sharing, related links…); the
 * others ("footer", "nav", "sidebar") are structural names a story's own parts can carry.
 */
const TOKENS = (
  '!ad !ads !adv !advert adverts !advertisement advertising adslot adunit !sponsor !sponsored ' +
  '!promo promoted dfp !share shares !sharing sharebar !social socials !comment !comments ' +
  'commentlist respond reply replies disqus !related !recommended recommendations recirculation ' +
  '!outbrain !taboola !newsletter !subscribe subscription signup !breadcrumb !breadcrumbs !tags ' +
  'tagcloud keywords !ticker marquee !popular !trending mostread most-read sidebar !cookie ' +
  'cookies !consent gdpr paywall !modal !popup !toolbar pagination pager nav navbar menu footer ' +
  'masthead !bio authorbio !skip !print !noprint !hidden !sr-only visually-hidden'
).split(' ');

export const BOILERPLATE_TOKENS = TOKENS.map((t) => t.replace('!', ''));
export const HARD_TOKENS = TOKENS.filter((t) => t.startsWith('!')).map((t) => t.slice(1));

/** Multi-part class/id phrases (matched as substrings of the joined class/id). */
export const BOILERPLATE_PHRASES = (
  'read-also readalso read-more readmore also-read more-stories more-news most-read mostread ' +
  'most-popular most-viewed related- -related share- -share social- comment- -comment ' +
  'newsletter breadcrumb sidebar advert sponsor ad-slot ad-container ad-wrapper adsbygoogle ' +
  'google-ad author-bio about-author author-info author-box author-card author-description ' +
  'skip-link skip-to click-to-tweet clicktotweet'
).split(' ');

/**
 * Short blocks that are credits or notices, in any position: "Photo: …",
 * "(Image: © …)", "© 2019 …", "This slideshow requires JavaScript", "Copy link".
 */
export const NOTICE_BLOCK =
  /^\(?(photo|image|picture|credit|foto|bild|фото|صورة|الصورة|عکس|תמונה)s?( credit)?\s*[:©]|^(©|copyright\b|all rights reserved)|\b(requires|enable) javascript\b|^caption$|^close$|^(skip to|jump to) (main )?(content|navigation)|^(انسخ|نسخ) الرابط$|^copy link$|^share( this)?( article| story)?$|^(شارك|مشاركة)$|^جميع الحقوق محفوظة|^کلیه حقوق/i;

/**
 * Calls to action ("Subscribe to…", "Sign up for our newsletter", "Follow us",
 * "تابعونا", "اشترك في نشرتنا"). The same verbs start ordinary sentences ("Join the
 * army, he was told…", "اشترك في الاجتماع ممثلون…"), so these only count for a
 * block that does not end like a sentence.
 */
export const CALL_TO_ACTION =
  /^(subscribe|sign up|register)\b|^(join|follow|like) us\b|^(download|get) (our|the) (free )?(app|newsletter)\b|^(click|tap) here\b|\bsign up (for|to) (our|the)\b.*\bnewsletter|^(تابعونا|اشتركوا|اشترك في (نشرتنا|النشرة|قناتنا))|^تابعوا .{0,60}(عبر|على) (تطبيق|غوغل|جوجل|قناة|قناتنا|حساب|صفحتنا)/i;

/** A block that ends like a sentence (full stop, question or exclamation mark). */
export const ENDS_LIKE_SENTENCE = /[.!?؟۔…»"”']\s*$/;

/** Datelines and bylines Readability sometimes leaves at the top of the body. */
export const DATELINE_BLOCK =
  /^\(?(by|published|updated|posted|last updated|first published|von|por|par|di|door|av|автор|بقلم|نشر|تم نشره|تاريخ النشر|آخر تحديث|تحديث|محدثة|محدث|منتشر شده|נכתב)(?=[\s:])/i;

/** Text of a block that is only an advertising label. */
export const AD_LABEL =
  /^(advertisement|advertising|advertisment|advert|ad|ads|sponsored( content)?|publicidade|publicidad|publicité|anzeige|pubblicità|reklama|реклама|إعلان|اعلان|الإعلانات|إعلانات|تبلیغات|آگهی|פרסומת)$/i;

/**
 * Starts of inline "read also" teasers: a short block that begins like this and
 * points elsewhere is a link to another story, not part of this one.
 */
export const RELATED_PREFIX =
  /^\s*[اإ]قر[أا]\s*([أا]يض(ا|اً|ًا)|المزيد)|^\s*(قد|ربما)\s+(يهمك|يعجبك|تهمك)|^\s*(طالع|شاهد|تابع)\s+[أا]يض(ا|اً|ًا)|^\s*(ذات صلة|مواضيع ذات صلة|أخبار ذات صلة|مقالات ذات صلة)|^\s*(بیشتر بخوانید|بخوانید|مطالب مرتبط|اخبار مرتبط)|^\s*(קראו עוד|קראו גם|כתבות נוספות)|^\s*(read (more|also|next)|also read|related( stories| articles| coverage| content)?|see also|more on this|recommended|you (may|might) (also )?like|more from)\s*[:：\-–—]/i;

/** Headings of furniture sections (related, most read, comments, newsletter...). */
export const FURNITURE_HEADING =
  /^\s*(related( stories| articles| posts| news| coverage| content)?|more (stories|news|from|on)\b.*|read (more|next|also)|also read|most (read|popular|viewed|shared|commented)|popular( now| stories)?|trending( now)?|recommended( for you| stories)?|you (may|might) (also )?like|editor'?s picks|latest (news|stories)|top stories|comments?|leave a (comment|reply)|join the (conversation|discussion)|sign up.*newsletter|newsletter|share (this|on)|follow us|tags?|topics|don'?t miss|see more|more|also|watch|(more|other|latest|top|popular|related|recommended|great)\b.{0,30}\b(stories|articles|news|posts|reads|videos|coverage)|ال[أا]كثر (قراءة|مشاهدة|تعليقاً?)|(مواضيع|[أا]خبار|مقالات|موضوعات)\s.{0,15}[أا]خرى|[اإ]قر[أا] ([أا]يض(ا|اً|ًا)|المزيد)|قد يهمك|أخبار (ذات صلة|متعلقة)|مواضيع (ذات صلة|متعلقة)|مقالات (ذات صلة|متعلقة)|ذات صلة|آخر الأخبار|أحدث الأخبار|التعليقات|تعليقات|أضف تعليق|اترك تعليقا|شارك|تابعنا|الكلمات المفتاحية|وسوم|كلمات دالة|پربازدیدترین|پربیننده‌ترین|مطالب مرتبط|اخبار مرتبط|نظرات|הכי נקראים|כתבות נוספות|תגובות)\s*[:：]?\s*$/i;
