import { describe, expect, it } from 'vitest';
import { createTextRangeFinder } from '@/lib/speech/find-text-range';

function root(html: string): HTMLElement {
  const el = document.createElement('article');
  // eslint-disable-next-line no-unsanitized/property -- fixed test markup
  el.innerHTML = html;
  return el;
}

describe('createTextRangeFinder', () => {
  it('finds a sentence that crosses inline elements and folded whitespace', () => {
    const el = root('<h1>Title</h1><p>First   sentence\n here. The <a href="#">second</a> <b>one</b>.</p>');
    const find = createTextRangeFinder(el);
    expect(find('Title')!.toString()).toBe('Title');
    expect(find('First sentence here.')!.toString()).toBe('First   sentence\n here.');
    expect(find('The second one.')!.toString()).toBe('The second one.');
  });

  it('finds a repeated sentence at its next occurrence, in reading order', () => {
    const el = root('<p id="a">Yes.</p><p id="b">Yes.</p>');
    const find = createTextRangeFinder(el);
    expect(find('Yes.')!.startContainer.parentElement!.id).toBe('a');
    expect(find('Yes.')!.startContainer.parentElement!.id).toBe('b');
    expect(find('Yes.', 'start')!.startContainer.parentElement!.id).toBe('a');
  });

  it('finds Arabic text and returns null for text that is not there', () => {
    const find = createTextRangeFinder(root('<p>قال الوزير إن <i>الاجتماع</i> انتهى.</p>'));
    expect(find('قال الوزير إن الاجتماع انتهى.')!.toString()).toBe('قال الوزير إن الاجتماع انتهى.');
    expect(find('جملة غير موجودة')).toBeNull();
    expect(find('   ')).toBeNull();
  });
});
