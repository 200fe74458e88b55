//! The `badgeverify` command-line tool.

fn main() {
    println!("badgeverify");
}
