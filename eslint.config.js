import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import nounsanitized from 'eslint-plugin-no-unsanitized';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**', '.dev/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  nounsanitized.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Only components/ArticleBody.tsx renders HTML, and only SafeHtml.',
        },
      ],
    },
  },
  {
    files: ['lib/**'],
    ignores: ['lib/storage.ts', 'lib/messages.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['#imports', 'wxt/browser', '@/components/*', '@/entrypoints/*', '../components/*'] },
      ],
    },
  },
);
