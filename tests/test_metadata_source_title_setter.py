"""An app's activity that sets its title widget and its text widget to literals: the title widget's literal is the
page's title (made-up Java source)."""

from __future__ import annotations

from pathlib import Path

from scripts.clean.pipeline import normalize_file
from scripts.clean.render import body_text

ACTIVITY = '''package com.example.news;

import android.os.Bundle;
import android.widget.TextView;
import android.support.v7.app.AppCompatActivity;

public class NewsActivity extends AppCompatActivity {
    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_news);
        TextView textTitle = findViewById(R.id.text_title);
        TextView textView = findViewById(R.id.text_view);
        textTitle.setText("某某学院召开秋季工作推进会");
        textView.setText("5月6日上午，某某学院召开秋季工作推进会，学院领导和各部门负责人参加会议。\\n" +
                "会议回顾了上半年工作，分析了当前面临的形势，对下一阶段重点任务作出安排部署，要求各部门压实责任。\\n" +
                "会议强调，要坚持问题导向，扎实推进各项工作，推动学院高质量发展。（党委宣传部 张三）");
    }
}
'''


def test_the_title_widgets_literal_is_the_title(tmp_path: Path) -> None:
    path = tmp_path / "NewsActivity.java.txt"
    path.write_text(ACTIVITY, encoding="utf-8")
    document = normalize_file(path, tmp_path)
    assert document.meta["title"] == "某某学院召开秋季工作推进会"
    text = body_text(document.body)
    assert text.endswith("推动学院高质量发展。") and "张三" not in text and "setText" not in text
