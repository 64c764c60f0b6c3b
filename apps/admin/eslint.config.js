// The root config, plus the rules of hooks for this React app. It lives here rather than in the root config so
// that the plugin resolves from this package's own dependencies.
import reactHooks from 'eslint-plugin-react-hooks';
import root from '../../eslint.config.js';

export default [
  ...root,
  {
    files: ['src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
];
