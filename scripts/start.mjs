#!/usr/bin/env node
// `npm start [-- path/to/draft.txt] [--browser] [--no-open] [--port N]`: launches the built app
// in Electron, or in the browser where Electron is missing (scripts/launch.mjs).
import { launch } from "./launch.mjs";

process.exitCode = await launch(process.argv.slice(2));
