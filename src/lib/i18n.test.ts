import { initialLanguage } from './i18n';

// The language the app starts in: the person's choice on this device, else the one the server
// drew the page in (the `libri_lang` cookie, server/page-preloads.ts), else the browser's.

const clearCookie = () => {
  document.cookie = 'libri_lang=; path=/; max-age=0';
};

describe('the language the app starts in', () => {
  afterEach(() => {
    localStorage.clear();
    clearCookie();
  });

  it("is the person's choice on this device first", () => {
    localStorage.setItem('libri.language', 'pl');
    document.cookie = 'libri_lang=fr; path=/';
    expect(initialLanguage()).toBe('pl');
  });

  it('else the one the server drew the page in', () => {
    document.cookie = 'libri_lang=lv; path=/';
    expect(initialLanguage()).toBe('lv');
  });

  it("else the browser's, and English when the app has none of them", () => {
    document.cookie = 'libri_lang=xx; path=/';
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['de-DE', 'ro-RO']);
    expect(initialLanguage()).toBe('ro');
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['de-DE']);
    expect(initialLanguage()).toBe('en');
  });
});
