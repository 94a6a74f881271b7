// Placeholder until this page lands.
import { placeholder } from './placeholder.js';

export const render = placeholder('nav.holidays');
