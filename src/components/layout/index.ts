export { AppLayout } from './app-layout';
export { ConfirmDialog } from './confirm-dialog';
export { LanguageSwitcher } from './language-switcher';
export { Loading } from './loading';
export { PageHeading } from './page-heading';
