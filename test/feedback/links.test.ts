import { expect } from '@open-wc/testing';
import { commentFormHref, emailAddress, endpointUrl, mailtoHref } from '../../src/feedback/links.js';
import { cleanPageUrl } from '../../src/feedback/page-url.js';
import '../helpers/setup.js';

describe('feedback links (pure)', () => {
  describe('cleanPageUrl', () => {
    it('drops the query string and the fragment', () => {
      expect(cleanPageUrl('https://example.se/vagval/klimat?personnummer=191212121212&q=skola#kommentar')).to.equal('https://example.se/vagval/klimat');
    });

    it('drops a user name and password', () => {
      expect(cleanPageUrl('https://anna:hemligt@example.se/sida')).to.equal('https://example.se/sida');
    });

    it('keeps a plain address as it is, and refuses what is not a URL', () => {
      expect(cleanPageUrl('https://example.se/a/b/')).to.equal('https://example.se/a/b/');
      expect(cleanPageUrl('not a url')).to.equal(undefined);
    });
  });

  describe('emailAddress', () => {
    it('takes one address, with or without mailto:', () => {
      expect(emailAddress(' webbredaktionen@example.se ')).to.equal('webbredaktionen@example.se');
      expect(emailAddress('MAILTO:webb@example.se')).to.equal('webb@example.se');
    });

    it('refuses lists, headers and things that are not addresses', () => {
      for (const bad of ['a@b.se,c@d.se', 'a@b.se?bcc=c@d.se', 'javascript:alert(1)', 'webbredaktionen', '', 'a b@c.se', 42]) {
        expect(emailAddress(bad), String(bad)).to.equal(undefined);
      }
    });
  });

  describe('mailtoHref', () => {
    it('encodes the subject and the body as RFC 6068 asks', () => {
      const href = mailtoHref('webb@example.se', 'Kommentar om webbsidan ”Vägval & mål”', 'Sida: https://example.se/a\n\nMin kommentar:\n');
      expect(href).to.equal(
        'mailto:webb@example.se?subject=Kommentar%20om%20webbsidan%20%E2%80%9DV%C3%A4gval%20%26%20m%C3%A5l%E2%80%9D&body=Sida%3A%20https%3A%2F%2Fexample.se%2Fa%0D%0A%0D%0AMin%20kommentar%3A%0D%0A',
      );
    });

    it('gives nothing for a bad address', () => {
      expect(mailtoHref('javascript:alert(1)//@x', 'a', 'b')).to.equal(undefined);
    });
  });

  describe('commentFormHref', () => {
    const base = 'https://kommun.example.se/sida/';

    it('adds the page as a parameter and keeps the parameters already there', () => {
      expect(commentFormHref('https://example.se/kommentar?form=7', 'page', 'https://kommun.example.se/vagval', base)).to.equal(
        'https://example.se/kommentar?form=7&page=https%3A%2F%2Fkommun.example.se%2Fvagval',
      );
    });

    it('resolves a relative form address and uses the parameter name given', () => {
      expect(commentFormHref('../kommentar', 'url', 'https://kommun.example.se/vagval', base)).to.equal(
        'https://kommun.example.se/kommentar?url=https%3A%2F%2Fkommun.example.se%2Fvagval',
      );
    });

    it('drops an address the contract does not allow', () => {
      expect(commentFormHref('javascript:alert(1)', 'page', 'https://x.se/', base)).to.equal(undefined);
      expect(commentFormHref('java\tscript:alert(1)', 'page', 'https://x.se/', base)).to.equal(undefined);
      expect(commentFormHref('data:text/html,<p>', 'page', 'https://x.se/', base)).to.equal(undefined);
    });

    it('leaves a mailto: address alone', () => {
      expect(commentFormHref('mailto:webb@example.se', 'page', 'https://x.se/', base)).to.equal('mailto:webb@example.se');
    });
  });

  describe('endpointUrl', () => {
    it('takes http(s) and relative addresses, resolved', () => {
      expect(endpointUrl('/api/svar', 'https://kommun.example.se/sida')).to.equal('https://kommun.example.se/api/svar');
      expect(endpointUrl('https://stat.example.se/svar', 'https://kommun.example.se/')).to.equal('https://stat.example.se/svar');
    });

    it('refuses other schemes, including mailto:', () => {
      for (const bad of ['javascript:alert(1)', 'mailto:a@b.se', 'tel:123', '', undefined]) {
        expect(endpointUrl(bad, 'https://kommun.example.se/'), String(bad)).to.equal(undefined);
      }
    });
  });
});
