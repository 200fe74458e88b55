//! WebAssembly bindings for badgeverify.
