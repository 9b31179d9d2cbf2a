//! The REPL's history: the last lines entered, browsed with Up and Down.

use alloc::collections::VecDeque;
use alloc::string::String;

pub struct History {
    entries: VecDeque<String>,
    capacity: usize,
    /// Index of the entry shown; `entries.len()` while on the new line.
    position: usize,
    /// The line being typed before Up was first pressed.
    draft: String,
}

impl History {
    pub fn new(capacity: usize) -> Self {
        History {
            entries: VecDeque::new(),
            capacity,
            position: 0,
            draft: String::new(),
        }
    }

    /// Records an entered line (blank lines and repeats of the last are not kept).
    pub fn add(&mut self, line: &str) {
        if !line.trim().is_empty() && self.entries.back().map(String::as_str) != Some(line) {
            if self.entries.len() == self.capacity {
                self.entries.pop_front();
            }
            self.entries.push_back(line.into());
        }
        self.rewind();
    }

    /// Back to the new line, as after Enter.
    pub fn rewind(&mut self) {
        self.position = self.entries.len();
        self.draft.clear();
    }

    /// Up: the entry before the one shown; `current` is what is on the line now.
    pub fn older(&mut self, current: &str) -> Option<String> {
        if self.position == 0 {
            return None;
        }
        if self.position == self.entries.len() {
            self.draft = current.into();
        }
        self.position -= 1;
        self.entries.get(self.position).cloned()
    }

    /// Down: the entry after the one shown, then the draft line.
    pub fn newer(&mut self) -> Option<String> {
        if self.position >= self.entries.len() {
            return None;
        }
        self.position += 1;
        Some(match self.entries.get(self.position) {
            Some(line) => line.clone(),
            None => self.draft.clone(),
        })
    }
}
