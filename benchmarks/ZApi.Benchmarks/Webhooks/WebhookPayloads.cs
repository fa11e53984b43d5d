namespace ZApi.Benchmarks.Webhooks;

/// <summary>
/// The documented webhook payloads, byte for byte the <c>example:</c> of their specs (copied here, so
/// the benchmark reads no spec file at run time). Edit them only together with the specs.
/// </summary>
internal static class WebhookPayloads
{
    /// <summary>specs/events/received-text.zapi.yaml, <c>example:</c> (page on-message-received, "Exemplo de retorno de texto").</summary>
    public static readonly byte[] ReceivedText =
        """
        {
          "isStatusReply": false,
          "senderLid": "81896604192873@lid",
          "connectedPhone": "554499999999",
          "waitingMessage": false,
          "isEdit": false,
          "isGroup": false,
          "isNewsletter": false,
          "instanceId": "A20DA9C0183A2D35A260F53F5D2B9244",
          "messageId": "A20DA9C0183A2D35A260F53F5D2B9244",
          "phone": "5544999999999",
          "fromMe": false,
          "momment": 1632228638000,
          "status": "RECEIVED",
          "chatName": "name",
          "senderPhoto": "https://",
          "senderName": "name",
          "participantPhone": null,
          "participantLid": null,
          "photo": "https://",
          "broadcast": false,
          "type": "ReceivedCallback",
          "text": {
            "message": "teste",
            "description": "(opcional) em caso da mensagem possuir uma descrição inserida pelo WhatsApp",
            "title": "(opcional) em caso da mensagem possuir um título inserido pelo WhatsApp",
            "url": "(opcional) caso a mensagem possua um link ligado a ela. Exemplo: mensagem de catálogo possui um botão 'Ver catálogo'",
            "thumbnailUrl": "(opcional) caso a mensagem possua uma imagem de thumbnail ligada a ela. Exemplo: mensagem de convite de grupo possui a imagem do grupo"
          }
        }

        """u8.ToArray();

    /// <summary>specs/events/received-image.zapi.yaml, <c>example:</c> (page on-message-received, "Exemplo de retorno de imagem").</summary>
    public static readonly byte[] ReceivedImage =
        """
        {
          "isStatusReply": false,
          "senderLid": "81896604192873@lid",
          "connectedPhone": "554499999999",
          "waitingMessage": false,
          "isEdit": false,
          "isGroup": false,
          "isNewsletter": false,
          "instanceId": "A20DA9C0183A2D35A260F53F5D2B9244",
          "messageId": "A20DA9C0183A2D35A260F53F5D2B9244",
          "phone": "5544999999999",
          "fromMe": false,
          "momment": 1632228828000,
          "status": "RECEIVED",
          "chatName": "name",
          "senderPhoto": "https://",
          "senderName": "name",
          "participantPhone": null,
          "participantLid": null,
          "photo": "https://",
          "broadcast": false,
          "type": "ReceivedCallback",
          "image": {
            "mimeType": "image/jpeg",
            "imageUrl": "https://",
            "thumbnailUrl": "https://",
            "downloadError": null,
            "caption": "",
            "width": 600,
            "height": 315,
            "viewOnce": true
          }
        }

        """u8.ToArray();

    /// <summary>specs/events/message-status.zapi.yaml, <c>example:</c> (page on-whatsapp-message-status-changes): a <c>MessageStatusCallback</c>.</summary>
    public static readonly byte[] MessageStatus =
        """
        {
          "instanceId": "instance.id",
          "status": "SENT",
          "ids": ["999999999999999999999"],
          "momment": 1632234645000,
          "phoneDevice": 0,
          "phone": "5544999999999",
          "type": "MessageStatusCallback",
          "isGroup": false
        }

        """u8.ToArray();

    /// <summary>specs/events/connected.zapi.yaml, <c>example:</c> (page on-webhook-connected): a notification of the instance's connection.</summary>
    public static readonly byte[] Connected =
        """
        {
          "type": "ConnectedCallback",
          "connected": true,
          "momment": 26151515154,
          "phone": "número",
          "instanceId": "instance.id"
        }

        """u8.ToArray();

    /// <summary>specs/events/received-call.zapi.yaml, <c>example:</c> (page on-message-received): a received message told apart by its <c>notification</c> code (<c>CALL_VOICE</c>).</summary>
    public static readonly byte[] ReceivedCall =
        """
        {
          "isStatusReply": false,
          "senderLid": "81896604192873@lid",
          "connectedPhone": "554499999999",
          "waitingMessage": false,
          "isGroup": false,
          "isNewsletter": false,
          "isEdit": false,
          "instanceId": "A20DA9C0183A2D35A260F53F5D2B9244",
          "messageId": "1679655074-84",
          "phone": "5544999999999",
          "fromMe": false,
          "momment": 1679661190000,
          "status": "RECEIVED",
          "chatName": "name",
          "senderPhoto": "https://",
          "senderName": "name",
          "photo": "https://",
          "broadcast": false,
          "referenceMessageId": null,
          "externalAdReply": null,
          "forwarded": false,
          "type": "ReceivedCallback",
          "notification": "CALL_VOICE",
          "notificationParameters": [],
          "callId": "F44E0E2011E7C784BB9A4AC11749C436"
        }

        """u8.ToArray();
}
