// Verifies with verify() and an <open-badge> element, both imported from the installed
// package, through the app shared by the bundler projects (../../shared/app.js).
import { verify } from 'badgeverify';
import 'badgeverify/widget';
import { run } from '../../shared/app.js';

run(verify);
