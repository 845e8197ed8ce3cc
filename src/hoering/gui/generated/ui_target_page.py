# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'target_page.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QGroupBox, QLabel, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_TargetPage(object):
    def setupUi(self, TargetPage):
        if not TargetPage.objectName():
            TargetPage.setObjectName(u"TargetPage")
        self.pageLayout = QVBoxLayout(TargetPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pathLabel = QLabel(TargetPage)
        self.pathLabel.setObjectName(u"pathLabel")
        self.pathLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.pathLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.pathLabel)

        self.titleLabel = QLabel(TargetPage)
        self.titleLabel.setObjectName(u"titleLabel")
        font = QFont()
        font.setPointSize(13)
        font.setBold(True)
        self.titleLabel.setFont(font)
        self.titleLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.titleLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.titleLabel)

        self.hintLabel = QLabel(TargetPage)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.hintLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.hintLabel)

        self.commentsBox = QGroupBox(TargetPage)
        self.commentsBox.setObjectName(u"commentsBox")
        self.commentsLayout = QVBoxLayout(self.commentsBox)
        self.commentsLayout.setObjectName(u"commentsLayout")

        self.pageLayout.addWidget(self.commentsBox)


        self.retranslateUi(TargetPage)

        QMetaObject.connectSlotsByName(TargetPage)
    # setupUi

    def retranslateUi(self, TargetPage):
        self.commentsBox.setTitle(QCoreApplication.translate("TargetPage", u"Bem\u00e6rkninger", None))
        pass
    # retranslateUi

