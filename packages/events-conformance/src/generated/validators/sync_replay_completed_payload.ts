// Generated from the published schemas by `pnpm validators:generate`; do not edit.
// A schema layer's ajv validator, compiled ahead of time (tooling/scripts/validators.ts).
// @ts-nocheck
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export const validate = validate20;
const schema31 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$id":"spec-kitty-events/sync_replay_completed_payload","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Payload for SyncReplayCompleted events.","properties":{"connector_id":{"minLength":1,"title":"Connector Id","type":"string"},"delivery_id":{"minLength":1,"title":"Delivery Id","type":"string"},"mission_id":{"minLength":1,"title":"Mission Id","type":"string"},"recorded_at":{"format":"date-time","title":"Recorded At","type":"string"},"replay_id":{"minLength":1,"title":"Replay Id","type":"string"},"replay_source":{"minLength":1,"title":"Replay Source","type":"string"},"replayed_count":{"minimum":0,"title":"Replayed Count","type":"integer"},"source_event_fingerprint":{"minLength":1,"title":"Source Event Fingerprint","type":"string"}},"required":["delivery_id","source_event_fingerprint","connector_id","mission_id","recorded_at","replay_id","replayed_count","replay_source"],"title":"SyncReplayCompletedPayload","type":"object"};
const func0 = Object.prototype.hasOwnProperty;
const func73 = require("ajv/dist/runtime/ucs2length").default;

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/sync_replay_completed_payload" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.delivery_id === undefined) || (!(func0.call(data, "delivery_id")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "delivery_id"},message:"must have required property '"+"delivery_id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.source_event_fingerprint === undefined) || (!(func0.call(data, "source_event_fingerprint")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source_event_fingerprint"},message:"must have required property '"+"source_event_fingerprint"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.connector_id === undefined) || (!(func0.call(data, "connector_id")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "connector_id"},message:"must have required property '"+"connector_id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.mission_id === undefined) || (!(func0.call(data, "mission_id")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mission_id"},message:"must have required property '"+"mission_id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((data.recorded_at === undefined) || (!(func0.call(data, "recorded_at")))){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "recorded_at"},message:"must have required property '"+"recorded_at"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((data.replay_id === undefined) || (!(func0.call(data, "replay_id")))){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "replay_id"},message:"must have required property '"+"replay_id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((data.replayed_count === undefined) || (!(func0.call(data, "replayed_count")))){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "replayed_count"},message:"must have required property '"+"replayed_count"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((data.replay_source === undefined) || (!(func0.call(data, "replay_source")))){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "replay_source"},message:"must have required property '"+"replay_source"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.connector_id !== undefined && func0.call(data, "connector_id")){
let data0 = data.connector_id;
if(typeof data0 === "string"){
if(func73(data0) < 1){
const err8 = {instancePath:instancePath+"/connector_id",schemaPath:"#/properties/connector_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.connector_id,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/connector_id",schemaPath:"#/properties/connector_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.connector_id.type,parentSchema:schema31.properties.connector_id,data:data0};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.delivery_id !== undefined && func0.call(data, "delivery_id")){
let data1 = data.delivery_id;
if(typeof data1 === "string"){
if(func73(data1) < 1){
const err10 = {instancePath:instancePath+"/delivery_id",schemaPath:"#/properties/delivery_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.delivery_id,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/delivery_id",schemaPath:"#/properties/delivery_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.delivery_id.type,parentSchema:schema31.properties.delivery_id,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.mission_id !== undefined && func0.call(data, "mission_id")){
let data2 = data.mission_id;
if(typeof data2 === "string"){
if(func73(data2) < 1){
const err12 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.mission_id,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.mission_id.type,parentSchema:schema31.properties.mission_id,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.recorded_at !== undefined && func0.call(data, "recorded_at")){
let data3 = data.recorded_at;
if(!(typeof data3 === "string")){
const err14 = {instancePath:instancePath+"/recorded_at",schemaPath:"#/properties/recorded_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.recorded_at.type,parentSchema:schema31.properties.recorded_at,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.replay_id !== undefined && func0.call(data, "replay_id")){
let data4 = data.replay_id;
if(typeof data4 === "string"){
if(func73(data4) < 1){
const err15 = {instancePath:instancePath+"/replay_id",schemaPath:"#/properties/replay_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.replay_id,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/replay_id",schemaPath:"#/properties/replay_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.replay_id.type,parentSchema:schema31.properties.replay_id,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.replay_source !== undefined && func0.call(data, "replay_source")){
let data5 = data.replay_source;
if(typeof data5 === "string"){
if(func73(data5) < 1){
const err17 = {instancePath:instancePath+"/replay_source",schemaPath:"#/properties/replay_source/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.replay_source,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/replay_source",schemaPath:"#/properties/replay_source/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.replay_source.type,parentSchema:schema31.properties.replay_source,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.replayed_count !== undefined && func0.call(data, "replayed_count")){
let data6 = data.replayed_count;
if(!((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6)))){
const err19 = {instancePath:instancePath+"/replayed_count",schemaPath:"#/properties/replayed_count/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.replayed_count.type,parentSchema:schema31.properties.replayed_count,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(typeof data6 == "number"){
if(data6 < 0 || isNaN(data6)){
const err20 = {instancePath:instancePath+"/replayed_count",schemaPath:"#/properties/replayed_count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.replayed_count,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
if(data.source_event_fingerprint !== undefined && func0.call(data, "source_event_fingerprint")){
let data7 = data.source_event_fingerprint;
if(typeof data7 === "string"){
if(func73(data7) < 1){
const err21 = {instancePath:instancePath+"/source_event_fingerprint",schemaPath:"#/properties/source_event_fingerprint/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.source_event_fingerprint,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/source_event_fingerprint",schemaPath:"#/properties/source_event_fingerprint/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.source_event_fingerprint.type,parentSchema:schema31.properties.source_event_fingerprint,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":{"connector_id":true,"delivery_id":true,"mission_id":true,"recorded_at":true,"replay_id":true,"replay_source":true,"replayed_count":true,"source_event_fingerprint":true},"dynamicProps":false,"dynamicItems":false};
