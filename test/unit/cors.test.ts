import { describe, expect, it } from 'vitest';
import { isAllowedOrigin } from '../../server/cors.js';

describe('which origins CORS lets read the API', () => {
  it('when in development, then a page on this machine on any port is allowed, and a look-alike host is not', () => {
    const development = { production: false, corsOrigins: [] };

    expect(
      [
        'http://localhost:5173',
        'https://localhost:8443',
        'http://127.0.0.1:3000',
        'http://[::1]:8080',
        'http://localhost',
      ].filter((origin) => isAllowedOrigin(origin, development)),
    ).toHaveLength(5);
    expect(isAllowedOrigin('http://localhost.evil.example.com', development)).toBe(false);
    expect(isAllowedOrigin('http://evil.example.com:5173', development)).toBe(false);
  });

  it('when in production, then only the origins of CORS_ORIGINS are allowed (localhost too only when listed), and `*` allows every origin', () => {
    const production = { production: true, corsOrigins: ['https://app.example.org'] };

    expect(isAllowedOrigin('https://app.example.org', production)).toBe(true);
    expect(isAllowedOrigin('http://localhost:5173', production)).toBe(false);
    expect(isAllowedOrigin('https://app.example.org.evil.example.com', production)).toBe(false);
    expect(isAllowedOrigin('https://anyone.example.com', { production: true, corsOrigins: ['*'] })).toBe(true);
  });
});
