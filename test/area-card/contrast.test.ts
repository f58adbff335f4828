// Pure: WCAG relative luminance and contrast ratio, and reading colours as browsers write them.
import { expect } from '@open-wc/testing';
import { compositeOver, contrastRatio, isHexColor, parseCssColor, parseHexColor, relativeLuminance } from '../../src/format/contrast.js';

const hex = (text: string) => parseHexColor(text)!;
const ratio = (a: string, b: string) => contrastRatio(hex(a), hex(b));

describe('contrast (src/format/contrast.ts)', () => {
  it('gives WCAG contrast ratios for known pairs', () => {
    expect(ratio('#000000', '#ffffff')).to.be.closeTo(21, 1e-9);
    expect(ratio('#ffffff', '#ffffff')).to.equal(1);
    // #777 on white is the classic "just fails AA" grey, #767676 the darkest grey that passes.
    expect(ratio('#777777', '#ffffff')).to.be.closeTo(4.48, 0.005);
    expect(ratio('#767676', '#ffffff')).to.be.closeTo(4.54, 0.005);
    expect(ratio('#0000ff', '#ffffff')).to.be.closeTo(8.59, 0.005);
    expect(ratio('#ff0000', '#ffffff')).to.be.closeTo(4.0, 0.005);
    expect(ratio('#00594f', '#ffffff')).to.be.above(4.5);
    expect(ratio('#ffd400', '#ffffff')).to.be.below(4.5);
  });

  it('does not depend on the order of the colours', () => {
    expect(ratio('#1d4e89', '#f5f5f5')).to.equal(ratio('#f5f5f5', '#1d4e89'));
  });

  it('computes relative luminance on the sRGB curve', () => {
    expect(relativeLuminance(hex('#000'))).to.equal(0);
    expect(relativeLuminance(hex('#fff'))).to.be.closeTo(1, 1e-12);
    expect(relativeLuminance(hex('#808080'))).to.be.closeTo(0.2159, 0.0001);
    // Below the curve's threshold the channel is linear: 10/255/12.92.
    expect(relativeLuminance({ r: 10, g: 10, b: 10 })).to.be.closeTo(10 / 255 / 12.92, 1e-12);
  });

  it('accepts only #rgb and #rrggbb as hex colours', () => {
    for (const good of ['#05f', '#00594F', '#abc', '#ABCDEF']) expect(isHexColor(good), good).to.equal(true);
    for (const bad of ['red', '#12', '#1234', '#ggg', '00594f', ' #fff', '#fff ', 'rgb(0,0,0)', '', null, 42, undefined]) {
      expect(isHexColor(bad), String(bad)).to.equal(false);
      expect(parseHexColor(bad)).to.equal(undefined);
    }
    expect(parseHexColor('#05f')).to.deep.equal({ r: 0, g: 0x55, b: 0xff });
    expect(parseHexColor('#00594f')).to.deep.equal({ r: 0, g: 0x59, b: 0x4f });
  });

  it('reads computed-style colours: rgb(), rgba(), space syntax, color(srgb)', () => {
    expect(parseCssColor('rgb(255, 255, 255)')).to.deep.equal({ r: 255, g: 255, b: 255, a: 1 });
    expect(parseCssColor('rgba(0, 0, 0, 0)')).to.deep.equal({ r: 0, g: 0, b: 0, a: 0 });
    expect(parseCssColor('rgb(10 20 30 / 50%)')).to.deep.equal({ r: 10, g: 20, b: 30, a: 0.5 });
    expect(parseCssColor('color(srgb 1 0.5 0 / 0.25)')).to.deep.equal({ r: 255, g: 127.5, b: 0, a: 0.25 });
    expect(parseCssColor('#fff')).to.deep.equal({ r: 255, g: 255, b: 255, a: 1 });
    expect(parseCssColor('oklch(0.5 0.1 200)')).to.equal(undefined);
    expect(parseCssColor('currentcolor')).to.equal(undefined);
  });

  it('agrees with what the browser computes', () => {
    const probe = document.createElement('div');
    document.body.append(probe);
    probe.style.backgroundColor = 'color-mix(in srgb, #000 50%, transparent)';
    const mixed = parseCssColor(getComputedStyle(probe).backgroundColor);
    probe.style.backgroundColor = 'rebeccapurple';
    const named = parseCssColor(getComputedStyle(probe).backgroundColor);
    probe.remove();
    expect(mixed).to.deep.equal({ r: 0, g: 0, b: 0, a: 0.5 });
    expect(named).to.deep.equal({ r: 102, g: 51, b: 153, a: 1 });
  });

  it('composites a translucent colour over an opaque one', () => {
    expect(compositeOver({ r: 0, g: 0, b: 0, a: 0.5 }, { r: 255, g: 255, b: 255 })).to.deep.equal({ r: 127.5, g: 127.5, b: 127.5 });
    expect(compositeOver({ r: 10, g: 20, b: 30, a: 1 }, { r: 255, g: 255, b: 255 })).to.deep.equal({ r: 10, g: 20, b: 30 });
  });
});
