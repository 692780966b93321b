#!/usr/bin/env node
// The command. How it starts (from a V8 start-up snapshot for a single article, the normal way otherwise) is decided
// in src/startup/plan.ts and carried out in src/startup/launch.ts; README, Speed.
import { launch } from '../dist/startup/launch.js';

await launch();
