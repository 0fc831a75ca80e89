// The built page's Content-Security-Policy forbids eval. Zod otherwise probes for it with
// `new Function` to compile faster parsers, and Chrome reports each probe as a policy violation
// (a console error, and a lower Lighthouse best-practices score), although the probe is caught.
import * as z from 'zod';

z.config({ jitless: true });

export { z };
